package dk.tillid.policy;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;

/** Loads the policy once, at start-up; an inconsistent policy stops the application. */
@Configuration(proxyBeanMethods = false)
class PolicyConfiguration {

    @Bean
    Policy policy(@Value("${tillid.policy.location}") Resource location) {
        return PolicyReader.read(location);
    }

    @Bean
    RecordOfProcessing recordOfProcessing(Policy policy) {
        return RecordOfProcessing.of(policy);
    }
}

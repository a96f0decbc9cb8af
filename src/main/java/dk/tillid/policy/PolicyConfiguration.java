package dk.tillid.policy;

import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;

/** Loads the policy once, at start-up; an inconsistent policy stops the application. */
@Configuration(proxyBeanMethods = false)
class PolicyConfiguration {

    /** The policy file, which must also know every purpose the code names ({@link PurposeId}). */
    @Bean
    Policy policy(@Value("${tillid.policy.location}") Resource location) {
        Policy policy = PolicyReader.read(location);
        List<InvalidPolicyException.Problem> missing = PurposeId.NAMED_IN_CODE.stream()
                .filter(purpose -> policy.purposes().stream().noneMatch(p -> p.id().equals(purpose.value())))
                .map(purpose -> new InvalidPolicyException.Problem(0, "the policy has no purpose " + purpose
                        + ", which Tillid processes data for"))
                .toList();
        if (!missing.isEmpty()) {
            throw new InvalidPolicyException(location.getDescription(), missing);
        }
        return policy;
    }

    @Bean
    RecordOfProcessing recordOfProcessing(Policy policy, ObjectProvider<ProcessorDirectory> processors) {
        return RecordOfProcessing.of(policy, () -> {
            ProcessorDirectory directory = processors.getIfAvailable();
            return directory == null ? List.of() : directory.activeProcessors();
        });
    }
}

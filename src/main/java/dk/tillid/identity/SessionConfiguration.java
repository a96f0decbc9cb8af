package dk.tillid.identity;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * Where the absolute session timeout runs: right after Spring Session has found the session in the
 * database and before Spring Security reads the sign-in from it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SessionConfiguration {

    @Bean
    FilterRegistrationBean<SessionLifetimes> absoluteSessionTimeout(SessionLifetimes lifetimes) {
        FilterRegistrationBean<SessionLifetimes> registration = new FilterRegistrationBean<>(lifetimes);
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER + 10);
        return registration;
    }
}

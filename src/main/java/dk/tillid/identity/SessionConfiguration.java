package dk.tillid.identity;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * Where the absolute session timeout runs: right after Spring Session has found the session in the
 * database and before Spring Security reads the sign-in from it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SessionConfiguration {

    /**
     * The session cookie, set by Spring Session: named as the published policy lists it, out of
     * reach of scripts, not sent along from other sites, Secure whenever the request came over TLS.
     * Declared here so that it is the same in every deployment (Boot would otherwise take it from
     * the servlet container outside an embedded server).
     */
    @Bean
    CookieSerializer sessionCookie() {
        DefaultCookieSerializer cookie = new DefaultCookieSerializer();
        cookie.setCookieName("JSESSIONID");
        cookie.setUseHttpOnlyCookie(true);
        cookie.setSameSite("Lax");
        return cookie;
    }

    @Bean
    FilterRegistrationBean<SessionLifetimes> absoluteSessionTimeout(SessionLifetimes lifetimes) {
        FilterRegistrationBean<SessionLifetimes> registration = new FilterRegistrationBean<>(lifetimes);
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER + 10);
        return registration;
    }
}

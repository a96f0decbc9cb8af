package dk.tillid.identity;

import dk.tillid.platform.Networks;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Counts failed password logins (form and HTTP Basic alike) for the {@link LoginThrottle}, from
 * Spring Security's events; a success clears the name's count.
 */
@Component
class LoginAttempts {

    private final LoginThrottle throttle;

    LoginAttempts(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken attempt) {
            throttle.failed(attempt.getName(), network(attempt.getDetails()));
        }
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken signedIn) {
            throttle.succeeded(signedIn.getName(), network(signedIn.getDetails()));
        }
    }

    private static String network(Object details) {
        return details instanceof WebAuthenticationDetails web ? Networks.of(web.getRemoteAddress()) : null;
    }
}

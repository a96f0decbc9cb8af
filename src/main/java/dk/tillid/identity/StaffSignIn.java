package dk.tillid.identity;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Replaces the session's sign-in when its level changes: after the second factor (the roles arrive),
 * or after a password change. Each change gets a fresh session id, so an id seen before the change
 * is worth nothing after it.
 */
@Component
class StaffSignIn {

    /** Spring Security's own name of the factor our TOTP step proves (something the person has). */
    static final String TOTP_FACTOR = "FACTOR_TOTP";

    private final StaffUserDetailsService userDetails;
    private final StaffSessions sessions;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();
    private final SecurityContextRepository contextRepository = new HttpSessionSecurityContextRepository();

    StaffSignIn(StaffUserDetailsService userDetails, StaffSessions sessions) {
        this.userDetails = userDetails;
        this.sessions = sessions;
    }

    /** Both factors passed: the account's roles, and the two factors recorded as such. */
    void fully(String username, HttpServletRequest request, HttpServletResponse response) {
        StaffPrincipal principal = userDetails.withRoles(username);
        List<GrantedAuthority> authorities = new ArrayList<>(principal.getAuthorities());
        authorities.add(FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY));
        authorities.add(FactorGrantedAuthority.fromAuthority(TOTP_FACTOR));
        save(UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities), request, response);
    }

    /**
     * After a change of password or second factor: signed in fully here, and signed out everywhere
     * else, so a session someone else holds does not outlive the change.
     */
    void fullyHereOnly(String username, HttpServletRequest request, HttpServletResponse response) {
        String before = request.getSession().getId();
        fully(username, request, response);
        sessions.endOthersOf(username, java.util.List.of(before, request.getSession().getId()));
    }

    /** Only the password passed (a first password was just chosen): the next step decides what opens. */
    void passwordOnly(String username, HttpServletRequest request, HttpServletResponse response) {
        UserDetails user = userDetails.loadUserByUsername(username);
        save(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()), request, response);
    }

    private void save(UsernamePasswordAuthenticationToken authentication, HttpServletRequest request,
                      HttpServletResponse response) {
        // The session lives in the database: it keeps who signed in, never their password hash.
        authentication.eraseCredentials();
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(authentication);
        contexts.setContext(context);
        request.changeSessionId();
        contextRepository.saveContext(context, request, response);
    }
}

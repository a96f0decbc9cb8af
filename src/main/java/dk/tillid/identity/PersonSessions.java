package dk.tillid.identity;

import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import dk.tillid.person.PersonId;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Sessions of the people themselves in the portal (not staff): signed in by a one-time link, with
 * the single authority {@value #AUTHORITY}, which no staff role has.
 */
@Component
public class PersonSessions {

    public static final String AUTHORITY = "ROLE_PERSON";

    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();
    private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();
    private final SessionLifetimes lifetimes;
    private final Clock clock;

    PersonSessions(SessionLifetimes lifetimes, Clock clock) {
        this.lifetimes = lifetimes;
        this.clock = clock;
    }

    /** When the person proved their address by a sign-in link: kept with the sign-in, in the session. */
    public record SignedInAt(Instant at) implements Serializable {
    }

    /** Signs the person in for this browser, under a new session id (no fixation). */
    public void signIn(PersonId person, HttpServletRequest request, HttpServletResponse response) {
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        Authentication authentication = signedIn(person, clock.instant());
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(authentication);
        contexts.setContext(context);
        repository.saveContext(context, request, response);
        lifetimes.signedIn(request, SessionLifetimes.Kind.PERSON);
    }

    /**
     * Whether the signed-in person proved their address less than {@code window} ago: changing it asks
     * for that (re-authentication), since a session left open on a shared computer must not be enough.
     */
    public boolean signedInWithin(Duration window) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getDetails() instanceof SignedInAt signedIn
                && clock.instant().isBefore(signedIn.at().plus(window));
    }

    /** The person's sign-in, proved by a link at {@code at}: what a session keeps (and tests make). */
    public static Authentication signedIn(PersonId person, Instant at) {
        UsernamePasswordAuthenticationToken authentication = UsernamePasswordAuthenticationToken.authenticated(
                person.value().toString(), null, List.of(new SimpleGrantedAuthority(AUTHORITY)));
        authentication.setDetails(new SignedInAt(at));
        return authentication;
    }

    /** The signed-in person, if the current request is a person's. */
    public static java.util.Optional<PersonId> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication.getAuthorities().stream()
                .noneMatch(authority -> AUTHORITY.equals(authority.getAuthority()))) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(PersonId.parse(authentication.getName()));
    }
}

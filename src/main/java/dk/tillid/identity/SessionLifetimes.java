package dk.tillid.identity;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The absolute timeout: a session ends a fixed time after its sign-in however busy it is (the
 * idle timeout, {@code server.servlet.session.timeout}, ends it after a quiet spell). Checked on
 * every request before Spring Security reads the session, so an expired one is simply gone and
 * the request anonymous. Staff sessions last a working day; portal sessions less, since a person
 * may sign in on a shared computer.
 */
@Component
class SessionLifetimes extends OncePerRequestFilter {

    /** The session attribute holding when, by the one clock, the sign-in happened. */
    static final String SIGNED_IN_AT = SessionLifetimes.class.getName() + ".SIGNED_IN_AT";
    static final String KIND = SessionLifetimes.class.getName() + ".KIND";

    enum Kind { STAFF, PERSON }

    private final Clock clock;
    private final Duration staffLimit;
    private final Duration portalLimit;

    SessionLifetimes(Clock clock,
                     @Value("${tillid.sessions.staff-absolute-timeout:10h}") Duration staffLimit,
                     @Value("${tillid.sessions.portal-absolute-timeout:2h}") Duration portalLimit) {
        this.clock = clock;
        this.staffLimit = staffLimit;
        this.portalLimit = portalLimit;
    }

    /** Starts the absolute timeout of the (already renewed) session of a sign-in. */
    void signedIn(HttpServletRequest request, Kind kind) {
        HttpSession session = request.getSession();
        session.setAttribute(SIGNED_IN_AT, clock.instant());
        session.setAttribute(KIND, kind.name());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && expired(session)) {
            session.invalidate();
        }
        chain.doFilter(request, response);
    }

    private boolean expired(HttpSession session) {
        try {
            Object signedInAt = session.getAttribute(SIGNED_IN_AT);
            if (!(signedInAt instanceof Instant since)) {
                return false;
            }
            Duration limit = Kind.PERSON.name().equals(session.getAttribute(KIND)) ? portalLimit : staffLimit;
            return !clock.instant().isBefore(since.plus(limit));
        } catch (IllegalStateException alreadyInvalidated) {
            return false;
        }
    }
}

package dk.tillid.access;

import java.util.List;

import dk.tillid.identity.PersonSessions;
import dk.tillid.identity.Role;
import dk.tillid.person.PersonId;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Everyone who can ask: nobody signed in, a person signed in to the portal, and staff with each one
 * role of {@link Role} (a staff role added to the enum without a constant here fails
 * {@code AccessControlMatrixTest.everyStaffRoleIsWalked}).
 */
enum Who {
    ANONYMOUS, PERSON, ADMIN, DPO, RECRUITER, PAYROLL, SCREENING;

    boolean isStaff() {
        return this != ANONYMOUS && this != PERSON;
    }

    /** Signs the request in as this one; the portal person is {@code person}. */
    RequestPostProcessor signedIn(PersonId person) {
        return switch (this) {
            case ANONYMOUS -> anonymous();
            case PERSON -> authentication(personSignedInJustNow(person));
            default -> user(username()).roles(name());
        };
    }

    /** Signed in by link a moment ago (the e-mail change asks for a recent sign-in). */
    private static UsernamePasswordAuthenticationToken personSignedInJustNow(PersonId person) {
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.authenticated(person.value().toString(),
                null, List.of(new SimpleGrantedAuthority(PersonSessions.AUTHORITY)));
        token.setDetails(new PersonSessions.SignedInAt(java.time.Instant.now()));
        return token;
    }

    String username() {
        return "matrix-" + name().toLowerCase();
    }
}

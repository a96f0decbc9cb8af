package dk.tillid.access;

import java.util.List;

import dk.tillid.identity.PersonSessions;
import dk.tillid.identity.Role;
import dk.tillid.person.PersonId;
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
            case PERSON -> authentication(PersonSessions.signedIn(person, java.time.Instant.now()));
            default -> user(username()).roles(name());
        };
    }

    String username() {
        return "matrix-" + name().toLowerCase();
    }
}

package dk.tillid.portal;

import java.util.function.Supplier;

import dk.tillid.identity.PersonSessions;
import dk.tillid.person.PersonId;
import dk.tillid.person.Persons;
import dk.tillid.privacy.audit.Actor;
import dk.tillid.privacy.audit.AuditTrail;
import org.springframework.stereotype.Component;

/** The person signed in to the portal, and their work recorded in the audit trail as their own. */
@Component
class SignedInPerson {

    private final AuditTrail audit;
    private final Persons persons;

    SignedInPerson(AuditTrail audit, Persons persons) {
        this.audit = audit;
        this.persons = persons;
    }

    /** @throws Erased if the person was erased while signed in: their session ends (see {@link PortalAdvice}) */
    PersonId id() {
        PersonId id = PersonSessions.current().orElseThrow();
        if (!persons.exists(id)) {
            throw new Erased();
        }
        return id;
    }

    /** The signed-in person is no longer held: erased while their session lasted. */
    static class Erased extends RuntimeException {
        Erased() {
            super("The signed-in person is erased");
        }
    }

    <T> T act(Supplier<T> work) {
        return audit.actingAs(Actor.person(id().value().toString()), work);
    }
}

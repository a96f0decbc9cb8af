package dk.tillid.portal;

import java.util.function.Supplier;

import dk.tillid.identity.PersonSessions;
import dk.tillid.person.PersonId;
import dk.tillid.privacy.audit.Actor;
import dk.tillid.privacy.audit.AuditTrail;
import org.springframework.stereotype.Component;

/** The person signed in to the portal, and their work recorded in the audit trail as their own. */
@Component
class SignedInPerson {

    private final AuditTrail audit;

    SignedInPerson(AuditTrail audit) {
        this.audit = audit;
    }

    PersonId id() {
        return PersonSessions.current().orElseThrow();
    }

    <T> T act(Supplier<T> work) {
        return audit.actingAs(Actor.person(id().value().toString()), work);
    }
}

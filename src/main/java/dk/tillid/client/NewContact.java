package dk.tillid.client;

import java.util.Objects;

import dk.tillid.person.ContactDetails;
import dk.tillid.person.PersonName;
import dk.tillid.platform.Fields;

/** A person at a client the agency will deal with: name, how to reach them, their position. */
public record NewContact(PersonName name, ContactDetails contact, String position) {

    public NewContact {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(contact, "contact");
        if (contact.email() == null) {
            throw new IllegalArgumentException("A business contact needs an e-mail address");
        }
        position = Fields.optional(position, "position", 100);
    }

    @Override
    public String toString() {
        return "NewContact[redacted]";
    }
}

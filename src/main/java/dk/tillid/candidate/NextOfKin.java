package dk.tillid.candidate;

import java.util.UUID;

import dk.tillid.platform.Fields;
import dk.tillid.person.ContactDetails;

/** Someone to call in an emergency. Their data is theirs: a third party in the candidate's export. */
public record NextOfKin(UUID id, String name, String relation, String phone, String email) implements SectionItem {

    public NextOfKin {
        id = id == null ? UUID.randomUUID() : id;
        name = Fields.required(name, "name", 200);
        relation = Fields.optional(relation, "relation", 100);
        ContactDetails contact = new ContactDetails(email, phone);
        phone = contact.phone();
        email = contact.email();
        if (phone == null && email == null) {
            throw new IllegalArgumentException("A next of kin needs a phone number or an e-mail address");
        }
    }

    @Override
    public String toString() {
        return "NextOfKin[" + id + "]";
    }
}

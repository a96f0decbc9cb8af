package dk.tillid.candidate;

import java.util.UUID;

import dk.tillid.platform.Fields;
import dk.tillid.person.ContactDetails;

/** Someone who gives a reference, and what they said. */
public record Referee(UUID id, String name, String company, String position, String phone, String email,
                      String statement) implements SectionItem {

    public Referee {
        id = id == null ? UUID.randomUUID() : id;
        name = Fields.required(name, "name", 200);
        company = Fields.optional(company, "company", 200);
        position = Fields.optional(position, "position", 200);
        ContactDetails contact = new ContactDetails(email, phone);
        phone = contact.phone();
        email = contact.email();
        statement = Fields.optionalText(statement, "reference", 5000);
    }

    @Override
    public String toString() {
        return "Referee[" + id + "]";
    }
}

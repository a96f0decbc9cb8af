package dk.tillid.person;

import java.time.LocalDate;
import java.util.Objects;

/** What is needed to register a person; address and date of birth are optional at first. */
public record NewPerson(PersonKind kind, PersonName name, ContactDetails contact, LocalDate dateOfBirth,
                        PostalAddress address) {

    public NewPerson {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        contact = contact == null ? ContactDetails.none() : contact;
        if (kind == PersonKind.BUSINESS_CONTACT && dateOfBirth != null) {
            throw new IllegalArgumentException("The policy collects no date of birth for business contacts");
        }
    }

    /** Never the values: this may end up in a log or an exception message. */
    @Override
    public String toString() {
        return "NewPerson[" + kind + ", redacted]";
    }
}

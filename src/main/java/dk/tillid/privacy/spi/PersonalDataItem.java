package dk.tillid.privacy.spi;

import java.util.Objects;

/**
 * One piece of personal data: its category of the policy, its field, its value (text, number, date,
 * a {@link PersonalFile}, or a list, map or record of those), and where it came from.
 */
public record PersonalDataItem(String category, String field, Object value, Origin origin) {

    /** Where the data came from (GDPR Art. 15(1)(g)). */
    public enum Origin {
        /** Given by the person themselves. */
        THE_PERSON,
        /** Made by the agency in its work with the person. */
        THE_AGENCY,
        /** Given by someone else: a client, a referee, an authority. */
        OTHERS
    }

    public PersonalDataItem {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(origin, "origin");
    }

    @Override
    public String toString() {
        return "PersonalDataItem[" + category + " " + field + ", value hidden]";
    }
}

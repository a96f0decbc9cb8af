package dk.tillid.person;

import java.util.Locale;
import java.util.regex.Pattern;

/** How to reach a person; either part may be absent, but what is there is well-formed. */
public record ContactDetails(String email, String phone) {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()-]{6,20}$");

    public ContactDetails {
        email = Text.optional(email, "e-mail address", 254);
        phone = Text.optional(phone, "phone number", 20);
        if (email != null) {
            email = email.toLowerCase(Locale.ROOT);
            if (!EMAIL.matcher(email).matches()) {
                throw new IllegalArgumentException("The e-mail address is not valid");
            }
        }
        if (phone != null && !PHONE.matcher(phone).matches()) {
            throw new IllegalArgumentException("The phone number may hold digits, spaces, ( ) - and a leading +");
        }
    }

    public static ContactDetails none() {
        return new ContactDetails(null, null);
    }

    /** Never the values: this may end up in a log or an exception message. */
    @Override
    public String toString() {
        return "ContactDetails[redacted]";
    }
}

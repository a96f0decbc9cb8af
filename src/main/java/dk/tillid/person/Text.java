package dk.tillid.person;

import dk.tillid.platform.Fields;

/** The shared checks of the person's free-text fields. */
final class Text {

    private Text() {
    }

    static String required(String value, String what, int maxLength) {
        return Fields.required(value, what, maxLength);
    }

    static String optional(String value, String what, int maxLength) {
        return Fields.optional(value, what, maxLength);
    }
}

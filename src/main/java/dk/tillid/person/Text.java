package dk.tillid.person;

/** The shared checks of the person's free-text fields. */
final class Text {

    private Text() {
    }

    static String required(String value, String what, int maxLength) {
        String text = optional(value, what, maxLength);
        if (text == null) {
            throw new IllegalArgumentException("The " + what + " is missing");
        }
        return text;
    }

    static String optional(String value, String what, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > maxLength) {
            throw new IllegalArgumentException("The " + what + " is longer than " + maxLength + " characters");
        }
        if (text.chars().anyMatch(c -> Character.isISOControl(c))) {
            throw new IllegalArgumentException("The " + what + " holds control characters");
        }
        return text;
    }
}

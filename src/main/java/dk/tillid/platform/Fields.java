package dk.tillid.platform;

import java.time.LocalDate;

/**
 * The checks every free-text and date field of personal data gets before it is stored: present
 * when required, of sane length, no control characters (line breaks only where text may have
 * them), dates in order. Messages name the field, never its value.
 */
public final class Fields {

    private Fields() {
    }

    public static String required(String value, String what, int maxLength) {
        String text = optional(value, what, maxLength);
        if (text == null) {
            throw new IllegalArgumentException("The " + what + " is missing");
        }
        return text;
    }

    public static String optional(String value, String what, int maxLength) {
        return check(value, what, maxLength, false);
    }

    /** Free text that may span lines (a summary, a statement). */
    public static String optionalText(String value, String what, int maxLength) {
        return check(value, what, maxLength, true);
    }

    public static void inOrder(LocalDate from, LocalDate to, String what) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("The " + what + " ends before it starts");
        }
    }

    private static String check(String value, String what, int maxLength, boolean lines) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.codePointCount(0, text.length()) > maxLength) {
            throw new IllegalArgumentException("The " + what + " is longer than " + maxLength + " characters");
        }
        boolean control = text.chars().anyMatch(c -> Character.isISOControl(c) && !(lines && (c == '\n' || c == '\r' || c == '\t')));
        if (control) {
            throw new IllegalArgumentException("The " + what + " holds control characters");
        }
        return text;
    }
}

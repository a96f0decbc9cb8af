package dk.tillid.employment;

/** Checks of free text from forms. */
final class Texts {

    private Texts() {
    }

    static String required(String text, int max, String key) {
        if (text == null || text.isBlank() || text.strip().length() > max || text.chars().anyMatch(Texts::control)) {
            throw new EmploymentRefusal(key, "A text of 1 to " + max + " characters, without control characters, is needed");
        }
        return text.strip();
    }

    static String optional(String text, int max, String key) {
        return text == null || text.isBlank() ? null : required(text, max, key);
    }

    private static boolean control(int c) {
        return Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t';
    }
}

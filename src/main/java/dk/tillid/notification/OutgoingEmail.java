package dk.tillid.notification;

import java.util.Objects;
import java.util.regex.Pattern;

import dk.tillid.platform.CprShape;
import dk.tillid.privacy.SubjectId;

/**
 * A plain-text e-mail to one recipient. Refused when built, not when sent: a line break in the
 * recipient or subject would let text become mail headers (header injection), and a refusal then
 * would surface long after the caller's transaction committed. Refusals never repeat the values.
 * Nothing shaped like a CPR number goes out in a mail (requirement 16): this is the backstop for
 * text someone typed that a caller did not check first ({@link CprShape}).
 *
 * @param about   the person the mail is to or about, or {@code null} for mail to no known person
 * @param kind    what sort of mail, in capitals, e.g. {@code EMAIL_CONFIRMATION}
 * @param to      the recipient's address
 * @param subject a single line of at most {@value #MAX_SUBJECT} characters
 * @param text    the body, plain text of at most {@value #MAX_TEXT} characters
 */
public record OutgoingEmail(SubjectId about, String kind, String to, String subject, String text) {

    public static final int MAX_ADDRESS = 254;
    public static final int MAX_SUBJECT = 200;
    public static final int MAX_TEXT = 20_000;

    private static final Pattern KIND = Pattern.compile("[A-Z][A-Z0-9_]{0,49}");
    /**
     * One bare address: no display name, no list, nothing a mail header would read as syntax. Letters
     * beyond ASCII are allowed (Danish domains); control characters and whitespace are not.
     */
    private static final Pattern ADDRESS = Pattern.compile(
            "[^\\s\\p{Cntrl}@,;:<>()\\[\\]\"\\\\]+@[^\\s\\p{Cntrl}@,;:<>()\\[\\]\"\\\\.]+(\\.[^\\s\\p{Cntrl}@,;:<>()\\[\\]\"\\\\.]+)+");
    private static final Pattern CONTROL_EXCEPT_LINES = Pattern.compile("[\\p{Cntrl}&&[^\\r\\n\\t]]");

    public OutgoingEmail {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        if (!KIND.matcher(kind).matches()) {
            throw new IllegalArgumentException("The kind of mail must be capitals, digits and underscores");
        }
        if (containsLineBreak(to) || containsLineBreak(subject)) {
            throw new IllegalArgumentException("Recipient and subject must be single lines");
        }
        if (!canBeSentTo(to)) {
            throw new IllegalArgumentException("The recipient is not a plausible e-mail address");
        }
        if (subject.isBlank() || subject.length() > MAX_SUBJECT || subject.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("The subject must be a non-blank line of at most " + MAX_SUBJECT
                    + " characters without control characters");
        }
        if (text.length() > MAX_TEXT || CONTROL_EXCEPT_LINES.matcher(text).find()) {
            throw new IllegalArgumentException("The text must be at most " + MAX_TEXT
                    + " characters without control characters other than line breaks and tabs");
        }
        if (CprShape.appearsIn(subject) || CprShape.appearsIn(text)) {
            throw new IllegalArgumentException("A mail never carries a CPR number, and this one holds something shaped like one");
        }
    }

    /**
     * Whether a mail can go to the address: a stored address may be well-formed for the person
     * module yet hold what a mail header would read as syntax (parentheses, say). A caller with
     * such an address treats the person as one it cannot mail.
     */
    public static boolean canBeSentTo(String address) {
        return address != null && address.length() <= MAX_ADDRESS && !containsLineBreak(address)
                && ADDRESS.matcher(address).matches();
    }

    private static boolean containsLineBreak(String value) {
        // U+0085, U+2028 and U+2029 too: some mail software treats them as line ends.
        return value.chars().anyMatch(c -> c == '\r' || c == '\n' || c == 0x85 || c == 0x2028 || c == 0x2029);
    }

    @Override
    public String toString() {
        return "OutgoingEmail[" + kind + ", values hidden]";
    }
}

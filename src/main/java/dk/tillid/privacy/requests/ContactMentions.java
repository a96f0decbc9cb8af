package dk.tillid.privacy.requests;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * E-mail addresses and phone numbers written into a text. A phone number is 8 to 15 digits, maybe
 * with a leading + and spaces, hyphens or brackets between them; a date (2026-11-29), a span of
 * years (2019-2024), a part of an id (hyphens and letters around it) or a decimal number is none.
 */
final class ContactMentions {

    enum Kind { EMAIL, PHONE }

    /** A place in the text, what it is, and its value as compared with the person's own (see {@link #same}). */
    record Mention(int start, int end, Kind kind, String value) {
    }

    private static final Pattern EMAIL = Pattern.compile(
            "(?<![\\p{L}\\p{N}._%+-])[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.\\p{L}{2,}");
    /** Not inside a word, an id (hyphens, slashes) or a decimal number (dots). */
    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\p{L}\\p{N}_/@.+(-])[+(]{0,2}\\d[\\d ()-]{6,22}\\d(?![\\p{L}\\p{N}_/@-])");
    /** Dates and spans of years look like numbers with hyphens: 2026-11-29, 29-11-2026, 2019-2024. */
    private static final Pattern DATE = Pattern.compile(
            "\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}-\\d{1,2}-\\d{2,4}|\\d{4} ?- ?\\d{2,4}");
    /** Danish numbers have eight digits; the same number with and without its country code is one number. */
    private static final int SIGNIFICANT_DIGITS = 8;

    private ContactMentions() {
    }

    /** Whether the text could hold an address or a number at all (an @, or eight digits). */
    static boolean mayHold(String text) {
        return text.indexOf('@') >= 0 || asciiDigits(text) >= SIGNIFICANT_DIGITS;
    }

    static List<Mention> in(String text) {
        List<Mention> found = new ArrayList<>();
        // Most texts of a package (dates, amounts, ids, short notes) hold neither an @ nor eight digits;
        // they are passed over without the patterns, which try every position of the text.
        if (text.indexOf('@') >= 0) {
            Matcher email = EMAIL.matcher(text);
            while (email.find()) {
                found.add(new Mention(email.start(), email.end(), Kind.EMAIL, email.group().toLowerCase(Locale.ROOT)));
            }
        }
        if (asciiDigits(text) >= SIGNIFICANT_DIGITS) {
            Matcher phone = PHONE.matcher(text);
            while (phone.find()) {
                String digits = digits(phone.group());
                if (digits.length() >= SIGNIFICANT_DIGITS && digits.length() <= 15
                        && !DATE.matcher(phone.group().strip()).matches()) {
                    found.add(new Mention(phone.start(), phone.end(), Kind.PHONE, digits));
                }
            }
        }
        return found;
    }

    /** The digits 0-9 in the text: the only ones {@code \d} in the patterns and {@link #digits} count. */
    private static int asciiDigits(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            count += c >= '0' && c <= '9' ? 1 : 0;
        }
        return count;
    }

    /** The digits of a phone number as written anywhere, for comparing. */
    static String digits(String phone) {
        return phone.replaceAll("\\D", "");
    }

    /** Whether two numbers' digits are one number: equal, or equal in their last eight (one has a country code). */
    static boolean same(String digits, String otherDigits) {
        if (digits.equals(otherDigits)) {
            return true;
        }
        return digits.length() >= SIGNIFICANT_DIGITS && otherDigits.length() >= SIGNIFICANT_DIGITS
                && digits.endsWith(otherDigits.substring(otherDigits.length() - SIGNIFICANT_DIGITS))
                && otherDigits.endsWith(digits.substring(digits.length() - SIGNIFICANT_DIGITS));
    }
}

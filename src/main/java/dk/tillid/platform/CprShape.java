package dk.tillid.platform;

import java.time.Month;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a text holds something shaped like a CPR number, for refusing it where one must never go
 * (an e-mail, requirement 16). Deliberately wider than a valid number ({@code employment.CprNumber}
 * checks those, with the CPR office's century rules): a run of exactly six digits that could be a
 * date {@code ddmmyy} — alone, or before {@code -ssss} or a space — or a run of ten whose first six
 * could be. A six-digit run that cannot be a date (an amount like 150000) is not refused, nor are
 * dates written with separators (2026-11-29, 29.11.26) or phone numbers (eight digits).
 * <p>
 * Links are not looked at: Tillid builds them, and their random tokens hold digit runs by chance.
 */
public final class CprShape {

    private static final Pattern LINK = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*://\\S*");
    private static final Pattern DIGIT_RUN = Pattern.compile("[0-9]+");
    /** Six digits, alone or before -ssss or a space and four; or ten together. */
    private static final Pattern NUMBER = Pattern.compile("(?<![0-9])(?:[0-9]{6}(?:[- ][0-9]{4}(?![0-9]))?|[0-9]{10})(?![0-9])");

    private CprShape() {
    }

    /** True if the text holds a digit run shaped like a CPR number outside a link; never says where or what. */
    public static boolean appearsIn(String text) {
        if (text == null) {
            return false;
        }
        Matcher run = DIGIT_RUN.matcher(LINK.matcher(text).replaceAll(" "));
        while (run.find()) {
            String digits = run.group();
            if ((digits.length() == 6 || digits.length() == 10) && couldBeDate(digits)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The text with every CPR-shaped number outside links replaced by {@code marker}: for a text that
     * must reach someone by e-mail (a criminal record extract, a profile), never with the number.
     */
    public static String withheld(String text, String marker) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        Matcher link = LINK.matcher(text);
        int from = 0;
        while (link.find()) {
            out.append(withheldOutsideLinks(text.substring(from, link.start()), marker)).append(link.group());
            from = link.end();
        }
        return out.append(withheldOutsideLinks(text.substring(from), marker)).toString();
    }

    private static String withheldOutsideLinks(String text, String marker) {
        return NUMBER.matcher(text).replaceAll(found -> couldBeDate(found.group())
                ? Matcher.quoteReplacement(marker) : Matcher.quoteReplacement(found.group()));
    }

    /** The first six digits as day, month, two-digit year: a day that month has in some year (29 February too). */
    private static boolean couldBeDate(String digits) {
        int day = Integer.parseInt(digits.substring(0, 2));
        int month = Integer.parseInt(digits.substring(2, 4));
        return month >= 1 && month <= 12 && day >= 1 && day <= Month.of(month).maxLength();
    }
}

package dk.tillid.employment;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Danish CPR number, {@code DDMMYY-SSSS} (hyphen optional), checked by format and by the date its
 * first six digits and the seventh give (the century rules of the CPR office). Never by modulus 11:
 * numbers issued since 2007 may fail it and are valid. Its text never appears in {@link #toString()},
 * and no refusal quotes it.
 */
final class CprNumber {

    private static final Pattern FORMAT = Pattern.compile("(\\d{2})(\\d{2})(\\d{2})-?(\\d{4})");

    private final String digits;
    private final LocalDate birthDate;

    private CprNumber(String digits, LocalDate birthDate) {
        this.digits = digits;
        this.birthDate = birthDate;
    }

    /** @throws EmploymentRefusal if the text is no CPR number, or names an impossible or future date */
    static CprNumber parse(String text, LocalDate today) {
        Matcher m = FORMAT.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new EmploymentRefusal("employment.cpr.format", "A CPR number has the form DDMMYY-SSSS");
        }
        int day = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        int yy = Integer.parseInt(m.group(3));
        int seventh = m.group(4).charAt(0) - '0';
        LocalDate born;
        try {
            born = LocalDate.of(century(seventh, yy) + yy, month, day);
        } catch (DateTimeException impossible) {
            throw new EmploymentRefusal("employment.cpr.date", "The first six digits of a CPR number are a date of birth");
        }
        if (born.isAfter(today)) {
            throw new EmploymentRefusal("employment.cpr.date", "The first six digits of a CPR number are a date of birth");
        }
        return new CprNumber(m.group(1) + m.group(2) + m.group(3) + m.group(4), born);
    }

    /** The century by the CPR office's table: the 7th digit with the year. */
    static int century(int seventh, int yy) {
        return switch (seventh) {
            case 0, 1, 2, 3 -> 1900;
            case 4, 9 -> yy <= 36 ? 2000 : 1900;
            case 5, 6, 7, 8 -> yy <= 57 ? 2000 : 1800;
            default -> throw new IllegalArgumentException("a digit");
        };
    }

    LocalDate birthDate() {
        return birthDate;
    }

    /** {@code DDMMYY-SSSS}, for the roles that may see it in full and for the payroll provider. */
    String formatted() {
        return digits.substring(0, 6) + "-" + digits.substring(6);
    }

    /** {@code DDMMYY-XXXX}: the last four digits hidden. */
    String masked() {
        return mask(formatted());
    }

    static String mask(String formatted) {
        return formatted.substring(0, 6) + "-XXXX";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CprNumber that && digits.equals(that.digits);
    }

    @Override
    public int hashCode() {
        return digits.hashCode();
    }

    @Override
    public String toString() {
        return "CprNumber[hidden]";
    }
}

package dk.tillid.platform;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.Objects;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The agency's fiscal year, which ends on a configurable day ({@code tillid.fiscal-year-end}, e.g.
 * 12-31 or 06-30): accounting material is kept five years from the end of the fiscal year it
 * relates to (Bookkeeping Act § 10), so retention dates are counted from that end.
 */
@Component
public class FiscalYear {

    private final MonthDay end;

    @Autowired
    FiscalYear(@Value("${tillid.fiscal-year-end:12-31}") String end) {
        this(parse(end));
    }

    public FiscalYear(MonthDay end) {
        this.end = Objects.requireNonNull(end, "end");
    }

    /** The last day of the fiscal year that the date falls in. */
    public LocalDate endOfYearContaining(LocalDate date) {
        LocalDate endThisCalendarYear = end.atYear(date.getYear());
        return date.isAfter(endThisCalendarYear) ? end.atYear(date.getYear() + 1) : endThisCalendarYear;
    }

    public MonthDay end() {
        return end;
    }

    private static MonthDay parse(String value) {
        try {
            return MonthDay.parse("--" + value.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("tillid.fiscal-year-end must be a month and day such as 12-31 or 06-30");
        }
    }
}

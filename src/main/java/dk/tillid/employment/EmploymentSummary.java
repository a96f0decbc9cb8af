package dk.tillid.employment;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An employment as other modules and pages see it; {@code lastDay} is null while it lasts. */
public record EmploymentSummary(EmploymentId id, Hire.Kind kind, String title, String employerOrClientName,
                                LocalDate start, LocalDate lastDay, BigDecimal hourlyPay) {

    public boolean ongoing() {
        return lastDay == null;
    }

    @Override
    public String toString() {
        return "EmploymentSummary[" + id + ", " + kind + "]";
    }
}

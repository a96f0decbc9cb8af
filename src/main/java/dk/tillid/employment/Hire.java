package dk.tillid.employment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** What a hiring needs: permanent placement or temp assignment, title, employer or client, start and pay. */
public record Hire(Kind kind, String title, String employerOrClientName, LocalDate start, BigDecimal hourlyPay) {

    public enum Kind { PERMANENT, TEMPORARY }

    public Hire {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(start, "start");
        title = Texts.required(title, 200, "employment.title.invalid");
        employerOrClientName = Texts.required(employerOrClientName, 200, "employment.employer.invalid");
        if (hourlyPay == null || hourlyPay.signum() < 0 || hourlyPay.stripTrailingZeros().scale() > 2
                || hourlyPay.compareTo(new BigDecimal("99999999.99")) > 0) {
            throw new EmploymentRefusal("employment.pay.invalid", "The hourly pay is a non-negative amount with at most two decimals");
        }
    }

    @Override
    public String toString() {
        return "Hire[" + kind + ", redacted]";
    }
}

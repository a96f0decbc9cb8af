package dk.tillid.placement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import dk.tillid.person.PersonId;
import dk.tillid.policy.PurposeId;

/**
 * What placement needs of the employment module (Employments in CONTRACTS.md), behind an interface
 * of placement's own until the employment module is on main; {@link EmploymentModuleHiring} adapts it.
 */
interface Hiring {

    record Hire(boolean temporary, String title, String clientName, LocalDate start, BigDecimal hourlyPay) {
    }

    /** Starts an employment; the person becomes an employee. Returns the employment's id. */
    UUID hire(PersonId person, Hire hire, PurposeId purpose);

    void recordHours(UUID employment, UUID assignment, LocalDate day, BigDecimal hours, PurposeId purpose);

    void end(UUID employment, LocalDate lastDay, PurposeId purpose);

    /** The hours recorded on the assignment so far: the sum of its timesheet lines. */
    BigDecimal hoursRecorded(UUID employment, UUID assignment, PurposeId purpose);
}

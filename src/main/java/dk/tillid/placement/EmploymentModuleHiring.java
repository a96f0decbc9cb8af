package dk.tillid.placement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import dk.tillid.employment.EmploymentId;
import dk.tillid.employment.Employments;
import dk.tillid.person.PersonId;
import dk.tillid.policy.PurposeId;
import org.springframework.stereotype.Component;

/** Placement's view of the employment module: an assignment starts, collects hours and ends an employment. */
@Component
class EmploymentModuleHiring implements Hiring {

    private final Employments employments;

    EmploymentModuleHiring(Employments employments) {
        this.employments = employments;
    }

    @Override
    public UUID hire(PersonId person, Hire hire, PurposeId purpose) {
        return employments.hire(person, new dk.tillid.employment.Hire(hire.temporary()
                ? dk.tillid.employment.Hire.Kind.TEMPORARY : dk.tillid.employment.Hire.Kind.PERMANENT, hire.title(),
                hire.clientName(), hire.start(), hire.hourlyPay()), purpose).value();
    }

    @Override
    public void recordHours(UUID employment, UUID assignment, LocalDate day, BigDecimal hours, PurposeId purpose) {
        employments.recordHours(new EmploymentId(employment), assignment, day, hours, purpose);
    }

    @Override
    public BigDecimal hoursRecorded(UUID employment, UUID assignment, PurposeId purpose) {
        return employments.hoursRecorded(new EmploymentId(employment), assignment, purpose);
    }

    @Override
    public void end(UUID employment, LocalDate lastDay, PurposeId purpose) {
        employments.end(new EmploymentId(employment), lastDay, purpose);
    }
}

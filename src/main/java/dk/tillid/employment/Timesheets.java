package dk.tillid.employment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import dk.tillid.person.PersonId;
import dk.tillid.policy.PurposeId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Timesheet lines and the end of an employment from the employee pages, for the roles that may
 * change them. Without a placement assignment, the employment's own id stands for the assignment.
 */
@Service
@Transactional
class Timesheets {

    private final Employments employments;

    Timesheets(Employments employments) {
        this.employments = employments;
    }

    void record(PersonId person, EmploymentId employment, UUID assignment, LocalDate day, BigDecimal hours) {
        FieldAccess.requireWrite(Viewer.current(), Field.TIMESHEETS);
        requireOwn(person, employment);
        employments.recordHours(employment, assignment == null ? employment.value() : assignment, day, hours, PurposeId.EMPLOYMENT);
    }

    void end(PersonId person, EmploymentId employment, LocalDate lastDay) {
        FieldAccess.requireWrite(Viewer.current(), Field.TIMESHEETS);
        requireOwn(person, employment);
        employments.end(employment, lastDay, PurposeId.EMPLOYMENT);
    }

    private void requireOwn(PersonId person, EmploymentId employment) {
        if (employment == null || !employments.personOf(employment).equals(person)) {
            throw new UnknownEmploymentException();
        }
    }
}

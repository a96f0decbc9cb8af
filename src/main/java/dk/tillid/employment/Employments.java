package dk.tillid.employment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dk.tillid.person.PersonId;
import dk.tillid.person.Persons;
import dk.tillid.platform.AgencyTime;
import dk.tillid.policy.PurposeId;
import dk.tillid.privacy.audit.AuditAction;
import dk.tillid.privacy.audit.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The module's API for other modules (placement): hire, end, hours, and the last employment date
 * that retention counts from. Every call states its purpose and is audited.
 */
@Service
@Transactional
public class Employments {

    static final String PAYROLL_DATA = "P-DATA-9";
    private static final BigDecimal DAY = new BigDecimal("24");

    private final EmploymentRepository repository;
    private final Persons persons;
    private final AuditTrail audit;
    private final CriminalRecords criminalRecords;
    private final Clock clock;

    Employments(EmploymentRepository repository, Persons persons, AuditTrail audit, CriminalRecords criminalRecords,
                Clock clock) {
        this.repository = repository;
        this.persons = persons;
        this.audit = audit;
        this.criminalRecords = criminalRecords;
        this.clock = clock;
    }

    /** Starts an employment; the person becomes an employee and gets an employee file. */
    public EmploymentId hire(PersonId person, Hire hire, PurposeId purpose) {
        persons.becomeEmployee(person, purpose);
        repository.ensureFile(person, clock.instant());
        EmploymentId id = EmploymentId.random();
        repository.insert(id, person, hire, clock.instant());
        audit.change(person.subject(), purpose, AuditAction.CREATE, PAYROLL_DATA);
        return id;
    }

    /** Ends an employment on its last day; once none lasts, the criminal record extract goes (P-RET-3). */
    public void end(EmploymentId id, LocalDate lastDay, PurposeId purpose) {
        EmploymentRepository.Stored stored = stored(id);
        if (lastDay == null || lastDay.isBefore(stored.summary().start())) {
            throw new EmploymentRefusal("employment.end.beforeStart", "The last day cannot be before the first");
        }
        if (!stored.summary().ongoing()) {
            throw new EmploymentRefusal("employment.end.ended", "This employment has already ended");
        }
        repository.end(id, lastDay);
        audit.change(stored.person().subject(), purpose, AuditAction.UPDATE, PAYROLL_DATA);
        criminalRecords.deleteIfNoLongerAllowed(stored.person());
    }

    /** The latest last day of the person's employments, today if one lasts; empty if never employed. */
    @Transactional(readOnly = true)
    public Optional<LocalDate> lastEmploymentDate(PersonId person) {
        return repository.lastEmploymentDate(person, AgencyTime.today(clock));
    }

    /**
     * A timesheet line: hours worked on a day on an assignment (an id the placement module owns).
     * Recording the same day and assignment again replaces the hours. Refused: negative hours, more
     * than 24 hours in a day across all the person's lines, a day after today or outside the employment.
     */
    public void recordHours(EmploymentId id, UUID assignment, LocalDate day, BigDecimal hours, PurposeId purpose) {
        EmploymentRepository.Stored stored = stored(id);
        if (assignment == null || day == null || hours == null) {
            throw new EmploymentRefusal("employment.hours.missing", "Assignment, day and hours are needed");
        }
        if (hours.signum() < 0 || hours.stripTrailingZeros().scale() > 2) {
            throw new EmploymentRefusal("employment.hours.negative", "Hours are zero or more, with at most two decimals");
        }
        if (day.isAfter(AgencyTime.today(clock))) {
            throw new EmploymentRefusal("employment.hours.future", "Hours cannot be recorded for a day after today");
        }
        EmploymentSummary employment = stored.summary();
        if (day.isBefore(employment.start()) || employment.lastDay() != null && day.isAfter(employment.lastDay())) {
            throw new EmploymentRefusal("employment.hours.outside", "The day is outside the employment");
        }
        BigDecimal others = repository.hoursOn(stored.person(), day, id, assignment);
        if (others.add(hours).compareTo(DAY) > 0) {
            throw new EmploymentRefusal("employment.hours.tooMany", "A day has at most 24 hours");
        }
        repository.recordHours(id, stored.person(), assignment, day, hours, clock.instant(), audit.currentActor().toString());
        audit.change(stored.person().subject(), purpose, AuditAction.UPDATE, PAYROLL_DATA);
    }

    /** The person's employments, newest first. */
    @Transactional(readOnly = true)
    public List<EmploymentSummary> of(PersonId person, PurposeId purpose) {
        List<EmploymentSummary> employments = repository.of(person);
        if (!employments.isEmpty()) {
            audit.read(person.subject(), purpose, PAYROLL_DATA);
        }
        return employments;
    }

    /** The person whose employment this is. */
    @Transactional(readOnly = true)
    PersonId personOf(EmploymentId id) {
        return stored(id).person();
    }

    /** The hours on one assignment of an employment so far (a read of payroll data). */
    @Transactional(readOnly = true)
    public BigDecimal hoursRecorded(EmploymentId id, UUID assignment, PurposeId purpose) {
        EmploymentRepository.Stored stored = stored(id);
        audit.read(stored.person().subject(), purpose, PAYROLL_DATA);
        return repository.hoursOfAssignment(id, assignment);
    }

    private EmploymentRepository.Stored stored(EmploymentId id) {
        return repository.find(id).orElseThrow(UnknownEmploymentException::new);
    }
}

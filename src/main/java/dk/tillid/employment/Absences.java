package dk.tillid.employment;

import java.time.Clock;
import java.time.LocalDate;

import dk.tillid.person.PersonId;
import dk.tillid.policy.PurposeId;
import dk.tillid.privacy.audit.AuditAction;
import dk.tillid.privacy.audit.AuditTrail;
import dk.tillid.privacy.consent.ConsentChannel;
import dk.tillid.privacy.consent.ConsentLedger;
import dk.tillid.privacy.consent.MissingGroundsException;
import dk.tillid.privacy.consent.ProcessingGrounds;
import dk.tillid.privacy.keys.PersonalKeys;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Absence: dates and type (P-DATA-9), and optionally a health-related reason (P-SENS-1, GDPR Art. 9),
 * which is encrypted and saved only with grounds: the person's explicit consent in the ledger
 * (ART9-2-A, wording {@link #HEALTH_WORDING}), or the employment-law basis ART9-2-B recorded for the
 * person by payroll staff with a reference to the rule ({@link #recordEmploymentLawBasis}). Nothing
 * records ART9-2-B by itself: staff state it, once per employee, and it can be ended.
 */
@Service
@Transactional
class Absences {

    static final String HEALTH = "P-SENS-1";
    static final String HEALTH_WORDING = "health-2026-11-29";
    static final String EMPLOYMENT_LAW = "ART9-2-B";
    static final String DEFAULT_REFERENCE = "Databeskyttelseslovens § 12, stk. 1; sygedagpengeloven (sygefravær og refusion)";
    static final String REASON_FIELD = "employment.absence.health-reason";

    enum Type { VACATION, SICKNESS, CHILD_SICK, PARENTAL_LEAVE, OTHER }

    private final RecordsRepository records;
    private final EmployeeFiles files;
    private final PersonalKeys keys;
    private final ProcessingGrounds grounds;
    private final ConsentLedger consents;
    private final AuditTrail audit;
    private final Clock clock;

    Absences(RecordsRepository records, EmployeeFiles files, PersonalKeys keys, ProcessingGrounds grounds,
             ConsentLedger consents, AuditTrail audit, Clock clock) {
        this.records = records;
        this.files = files;
        this.keys = keys;
        this.grounds = grounds;
        this.consents = consents;
        this.audit = audit;
        this.clock = clock;
    }

    void add(PersonId person, LocalDate first, LocalDate last, Type type, String healthReason) {
        Viewer viewer = Viewer.current();
        FieldAccess.requireWrite(viewer, Field.ABSENCE);
        files.requireWritable(person);
        if (first == null || last == null || type == null) {
            throw new EmploymentRefusal("employment.absence.missing", "An absence has a first and a last day and a type");
        }
        if (last.isBefore(first)) {
            throw new EmploymentRefusal("employment.absence.order", "The last day cannot be before the first");
        }
        String reason = Texts.optional(healthReason, 500, "employment.refused.absence.reason");
        byte[] encrypted = null;
        if (reason != null) {
            FieldAccess.requireWrite(viewer, Field.HEALTH_REASON);
            try {
                grounds.requireFor(person.subject(), HEALTH, PurposeId.EMPLOYMENT);
            } catch (MissingGroundsException missing) {
                throw new EmploymentRefusal("employment.absence.grounds",
                        "A health-related reason can only be saved with the person's explicit consent or a recorded "
                                + "employment-law basis (GDPR art. 9(2)(b))");
            }
            encrypted = keys.encryptText(person.subject(), REASON_FIELD, reason);
        }
        records.insertAbsence(person, first, last, type, encrypted, clock.instant(), audit.currentActor().toString());
        if (encrypted == null) {
            audit.change(person.subject(), PurposeId.EMPLOYMENT, AuditAction.CREATE, Employments.PAYROLL_DATA);
        } else {
            audit.change(person.subject(), PurposeId.EMPLOYMENT, AuditAction.CREATE, Employments.PAYROLL_DATA, HEALTH);
        }
    }

    /** ART9-2-B for this employee: the reference names the employment-law rule. */
    void recordEmploymentLawBasis(PersonId person, String reference) {
        FieldAccess.requireWrite(Viewer.current(), Field.HEALTH_REASON);
        files.requireEmployee(person);
        String text = reference == null || reference.isBlank() ? DEFAULT_REFERENCE : Texts.required(reference, 200, "employment.refused.basis.reference");
        grounds.recordLegalBasis(person.subject(), HEALTH, EMPLOYMENT_LAW, text);
    }

    /** The person's explicit consent (ART9-2-A) to the policy's health wording, as they gave it to staff. */
    void recordHealthConsent(PersonId person, ConsentChannel channel) {
        FieldAccess.requireWrite(Viewer.current(), Field.HEALTH_REASON);
        files.requireEmployee(person);
        consents.give(person.subject(), PurposeId.EMPLOYMENT, HEALTH, HEALTH_WORDING, channel == null ? ConsentChannel.IN_PERSON : channel);
    }
}

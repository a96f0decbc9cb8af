package dk.tillid.employment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

import dk.tillid.person.PersonId;
import dk.tillid.person.Persons;
import dk.tillid.platform.AgencyTime;
import dk.tillid.policy.PurposeId;
import dk.tillid.privacy.audit.AuditAction;
import dk.tillid.privacy.audit.AuditTrail;
import dk.tillid.privacy.consent.MissingGroundsException;
import dk.tillid.privacy.consent.ProcessingGrounds;
import dk.tillid.privacy.keys.PersonalKeys;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to the employee file's identity block (P-DATA-7: CPR number, nationality, ID document,
 * work permit) and the bank account (P-DATA-9), each checked against the signed-in role.
 * <p>
 * The CPR number is confidential (Databeskyttelsesloven § 11): it may be processed where a law
 * calls for it. An employer must report pay to eIndkomst with the employee's CPR number, so the
 * first time any P-DATA-7 value of an employee is stored, the legal basis DBL-11 is recorded for
 * the person with {@link #LEGAL_REFERENCE} (ProcessingGrounds.recordLegalBasis), and the save then
 * passes ProcessingGrounds.requireFor like every protected category.
 */
@Service
@Transactional
class EmployeeFiles {

    static final String IDENTITY = "P-DATA-7";
    static final String LEGAL_BASIS = "DBL-11";
    static final String LEGAL_REFERENCE = "Databeskyttelseslovens § 11, stk. 2, nr. 1; indkomstregisterloven § 3 "
            + "(løn indberettes til eIndkomst med CPR-nummer)";
    static final String CPR_FIELD = "employment.cpr";
    static final String ID_NUMBER_FIELD = "employment.id-document-number";
    static final String BANK_FIELD = "employment.bank-account";
    private static final Pattern REG = Pattern.compile("\\d{4}");
    private static final Pattern ACCOUNT = Pattern.compile("\\d{1,10}");

    private final EmployeeFileRepository files;
    private final EmploymentRepository employments;
    private final PersonalKeys keys;
    private final ProcessingGrounds grounds;
    private final AuditTrail audit;
    private final Clock clock;
    private final Persons persons;

    EmployeeFiles(EmployeeFileRepository files, EmploymentRepository employments, PersonalKeys keys,
                  ProcessingGrounds grounds, AuditTrail audit, Clock clock, Persons persons) {
        this.persons = persons;
        this.files = files;
        this.employments = employments;
        this.keys = keys;
        this.grounds = grounds;
        this.audit = audit;
        this.clock = clock;
    }

    /** A new CPR number for the employee; the one before is kept, with the day it stopped applying. */
    void enterCpr(PersonId person, String text) {
        FieldAccess.requireWrite(Viewer.current(), Field.CPR);
        requireWritable(person);
        CprNumber cpr = CprNumber.parse(text, AgencyTime.today(clock));
        requireGrounds(person);
        var current = files.cprHistory(person).stream().filter(stored -> stored.validTo() == null).findFirst();
        if (current.isPresent() && FieldAccess.of(Viewer.current(), Field.CPR) != Access.VISIBLE) {
            // A recruiter sees the number masked: they may give the first one at hiring, never replace one
            // they cannot see (payroll reports pay under it).
            throw new EmploymentRefusal("employment.cpr.onlyPayrollChanges", "Only payroll may change a CPR number");
        }
        if (current.isPresent() && keys.decrypt(person.subject(), CPR_FIELD, current.get().ciphertext()).text()
                .map(cpr.formatted()::equals).orElse(false)) {
            return;
        }
        files.replaceCpr(person, keys.encryptText(person.subject(), CPR_FIELD, cpr.formatted()), AgencyTime.today(clock),
                clock.instant(), audit.currentActor().toString());
        audit.change(person.subject(), PurposeId.EMPLOYMENT, current.isPresent() ? AuditAction.UPDATE : AuditAction.CREATE, IDENTITY);
    }

    void setNationality(PersonId person, String country) {
        FieldAccess.requireWrite(Viewer.current(), Field.NATIONALITY);
        requireWritable(person);
        String code = country == null ? "" : country.strip().toUpperCase(Locale.ROOT);
        if (!Arrays.asList(Locale.getISOCountries()).contains(code)) {
            throw new EmploymentRefusal("employment.nationality.invalid", "A nationality is a country code such as DK or PL");
        }
        requireGrounds(person);
        files.setNationality(person, code, clock.instant());
        audit.change(person.subject(), PurposeId.EMPLOYMENT, AuditAction.UPDATE, IDENTITY);
    }

    void setIdDocument(PersonId person, IdDocumentType type, String number, LocalDate expiry) {
        FieldAccess.requireWrite(Viewer.current(), Field.ID_DOCUMENT);
        requireWritable(person);
        if (type == null) {
            throw new EmploymentRefusal("employment.refused.idDocument.type", "Choose the kind of identity document");
        }
        String clean = Texts.required(number, 40, "employment.refused.idDocument.number");
        requireGrounds(person);
        files.setIdDocument(person, type.name(), keys.encryptText(person.subject(), ID_NUMBER_FIELD, clean), expiry,
                clock.instant());
        audit.change(person.subject(), PurposeId.EMPLOYMENT, AuditAction.UPDATE, IDENTITY);
    }

    void setPermit(PersonId person, String type, LocalDate expiry) {
        FieldAccess.requireWrite(Viewer.current(), Field.WORK_PERMIT);
        requireWritable(person);
        String clean = Texts.required(type, 100, "employment.refused.permit.type");
        if (expiry == null) {
            throw new EmploymentRefusal("employment.refused.permit.expiry", "A work permit has an expiry date");
        }
        requireGrounds(person);
        files.setPermit(person, clean, expiry, clock.instant());
        audit.change(person.subject(), PurposeId.LEGAL_COMPLIANCE, AuditAction.UPDATE, IDENTITY);
    }

    /** Registration number (4 digits) and account number (up to 10 digits, kept with leading zeros). */
    void setBankAccount(PersonId person, String registration, String account) {
        FieldAccess.requireWrite(Viewer.current(), Field.BANK_ACCOUNT);
        requireWritable(person);
        String reg = registration == null ? "" : registration.strip();
        String number = account == null ? "" : account.replaceAll("[\\s-]", "");
        if (!REG.matcher(reg).matches() || !ACCOUNT.matcher(number).matches()) {
            throw new EmploymentRefusal("employment.bank.invalid",
                    "A Danish bank account is a 4-digit registration number and an account number of up to 10 digits");
        }
        String formatted = reg + "-" + "0".repeat(10 - number.length()) + number;
        files.setBankAccount(person, keys.encryptText(person.subject(), BANK_FIELD, formatted), clock.instant());
        audit.change(person.subject(), PurposeId.EMPLOYMENT, AuditAction.UPDATE, Employments.PAYROLL_DATA);
    }

    void requireEmployee(PersonId person) {
        if (!employments.hasFile(person)) {
            throw new UnknownEmploymentException();
        }
    }

    /**
     * An employee whose processing is restricted (Art. 18) has a read-only file: nothing is added or
     * changed until the restriction is lifted. Hours worked and the end of an employment are still
     * recorded (pay and the law require them), and consent may always be withdrawn.
     */
    void requireWritable(PersonId person) {
        requireEmployee(person);
        if (persons.isRestricted(person)) {
            throw new EmploymentRefusal("employment.restricted", "The processing of this person's data is restricted");
        }
    }

    /** Records DBL-11 for the employee if none stands, then holds the save to the grounds like any protected category. */
    private void requireGrounds(PersonId person) {
        boolean standing = grounds.recorded(person.subject()).stream().anyMatch(record -> record.standing()
                && record.category().equals(IDENTITY) && record.legalBasis().equals(LEGAL_BASIS));
        if (!standing) {
            grounds.recordLegalBasis(person.subject(), IDENTITY, LEGAL_BASIS, LEGAL_REFERENCE);
        }
        try {
            grounds.requireFor(person.subject(), IDENTITY, PurposeId.EMPLOYMENT);
        } catch (MissingGroundsException missing) {
            throw new EmploymentRefusal("employment.cpr.grounds", "No legal basis is recorded for the CPR number");
        }
    }

    enum IdDocumentType { PASSPORT, NATIONAL_ID_CARD, DRIVING_LICENCE, RESIDENCE_CARD }
}

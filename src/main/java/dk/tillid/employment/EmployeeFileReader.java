package dk.tillid.employment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dk.tillid.person.PersonId;
import dk.tillid.policy.PurposeId;
import dk.tillid.privacy.audit.AuditTrail;
import dk.tillid.privacy.keys.PersonalKeys;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the employee file for the signed-in role, field by field through {@link FieldAccess}: a refused
 * field is not even loaded, a masked one is masked here, and each field shown is audited under its
 * own purpose and category. ADMIN and DPO are refused the whole file.
 */
@Service
@Transactional
class EmployeeFileReader {

    private final EmploymentRepository employments;
    private final EmployeeFileRepository files;
    private final RecordsRepository records;
    private final EmployeeDirectory directory;
    private final CriminalRecords criminalRecords;
    private final PermitWarnings permits;
    private final PersonalKeys keys;
    private final AuditTrail audit;

    EmployeeFileReader(EmploymentRepository employments, EmployeeFileRepository files, RecordsRepository records,
                       EmployeeDirectory directory, CriminalRecords criminalRecords, PermitWarnings permits,
                       PersonalKeys keys, AuditTrail audit) {
        this.employments = employments;
        this.files = files;
        this.records = records;
        this.directory = directory;
        this.criminalRecords = criminalRecords;
        this.permits = permits;
        this.keys = keys;
        this.audit = audit;
    }

    /** The purpose the viewer opens the file for: employment work, or screening only. */
    static PurposeId purposeOf(Viewer viewer) {
        return FieldAccess.of(viewer, Field.TIMESHEETS).shows() ? PurposeId.EMPLOYMENT : PurposeId.SCREENING;
    }

    /** A page of employees (name, and the employee number for roles that see payroll data). */
    record Listing(List<EmployeeDirectory.Entry> employees, boolean hasMore, boolean showsNumbers) {
    }

    Listing list(int page, int size) {
        Viewer viewer = Viewer.current();
        FieldAccess.requireFile(viewer);
        if (page < 0 || size < 1 || size > 200) {
            throw new EmploymentRefusal("employment.list.page", "A page is numbered from 0 and holds 1 to 200 employees");
        }
        List<EmployeeDirectory.Entry> found = directory.page(page, size);
        List<EmployeeDirectory.Entry> shown = found.size() > size ? found.subList(0, size) : found;
        boolean numbers = FieldAccess.of(viewer, Field.TIMESHEETS).shows();
        var subjects = shown.stream().map(entry -> entry.person().subject()).toList();
        if (numbers) {
            audit.read(subjects, PurposeId.EMPLOYMENT, "P-DATA-1", Employments.PAYROLL_DATA);
        } else {
            audit.read(subjects, purposeOf(viewer), "P-DATA-1");
        }
        return new Listing(List.copyOf(shown), found.size() > size, numbers);
    }

    EmployeeFileView view(PersonId person) {
        Viewer viewer = Viewer.current();
        FieldAccess.requireFile(viewer);
        EmployeeDirectory.Entry entry = directory.find(person).orElseThrow(UnknownEmploymentException::new);
        EmployeeFileRepository.Row row = files.find(person).orElseThrow(UnknownEmploymentException::new);
        audit.read(person.subject(), purposeOf(viewer), "P-DATA-1");
        boolean payrollData = FieldAccess.of(viewer, Field.TIMESHEETS).shows();
        List<EmploymentSummary> jobs = List.of();
        if (payrollData) {
            audit.read(person.subject(), PurposeId.EMPLOYMENT, Employments.PAYROLL_DATA);
            jobs = employments.of(person);
        }
        Map<String, EmployeeFileView.Shown> fields = new LinkedHashMap<>();
        for (Field field : Field.values()) {
            Access access = FieldAccess.of(viewer, field);
            if (!access.shows()) {
                fields.put(field.json(), EmployeeFileView.Shown.refused());
                continue;
            }
            Object value = value(person, row, field, access);
            audit.read(person.subject(), field.purpose(), field.category());
            fields.put(field.json(), new EmployeeFileView.Shown(access, value));
        }
        return new EmployeeFileView(person, entry.name(), payrollData ? row.employeeNumber() : null, entry.restricted(),
                jobs, fields);
    }

    private Object value(PersonId person, EmployeeFileRepository.Row row, Field field, Access access) {
        return switch (field) {
            case CPR -> cpr(person, access);
            case NATIONALITY -> row.nationality();
            case ID_DOCUMENT -> row.idDocumentType() == null ? null : new EmployeeFileView.IdDocument(row.idDocumentType(),
                    decrypt(person, EmployeeFiles.ID_NUMBER_FIELD, row.idDocumentNumber()), row.idDocumentExpiry());
            case WORK_PERMIT -> row.permitType() == null ? null : new EmployeeFileView.Permit(row.permitType(),
                    row.permitExpiry(), permits.expiresSoon(row.permitExpiry()));
            case BANK_ACCOUNT -> row.bankAccount() == null ? null : decrypt(person, EmployeeFiles.BANK_FIELD, row.bankAccount());
            case ABSENCE -> records.absences(person).stream().map(a -> new EmployeeFileView.Absence(a.id(), a.firstDay(),
                    a.lastDay(), a.type().name())).toList();
            case HEALTH_REASON -> records.absences(person).stream().filter(a -> a.healthReason() != null)
                    .map(a -> new EmployeeFileView.HealthReason(a.id(), a.firstDay(), a.lastDay(),
                            decrypt(person, Absences.REASON_FIELD, a.healthReason()))).toList();
            case TIMESHEETS -> employments.timesheets(person).stream().map(t -> new EmployeeFileView.Timesheet(t.employment(),
                    t.assignment(), t.day(), t.hours())).toList();
            case SCREENING -> records.screenings(person).stream().map(s -> new EmployeeFileView.Screening(s.clientName(),
                    s.screening(), s.result(), s.screenedOn())).toList();
            case CRIMINAL_RECORD -> criminalRecord(person);
        };
    }

    private EmployeeFileView.Cpr cpr(PersonId person, Access access) {
        List<EmployeeFileView.CprPeriod> history = files.cprHistory(person).stream().map(stored -> {
            String number = decrypt(person, EmployeeFiles.CPR_FIELD, stored.ciphertext());
            String shown = access == Access.VISIBLE || number.length() < 6 ? number : CprNumber.mask(number);
            return new EmployeeFileView.CprPeriod(shown, stored.validFrom(), stored.validTo());
        }).toList();
        String current = history.stream().filter(period -> period.validTo() == null).map(EmployeeFileView.CprPeriod::number)
                .findFirst().orElse(null);
        return new EmployeeFileView.Cpr(current, access == Access.VISIBLE ? history : List.of());
    }

    private EmployeeFileView.CriminalRecord criminalRecord(PersonId person) {
        var extract = criminalRecords.read(person);
        boolean stands = criminalRecords.consentStands(person);
        return extract.map(e -> new EmployeeFileView.CriminalRecord(stands, e.issuedOn(), e.text(), e.consents().stream()
                        .map(c -> new EmployeeFileView.DisclosureConsent(c.id(), c.client(), c.clientName(), c.givenAt(), c.usedAt()))
                        .toList()))
                .orElse(new EmployeeFileView.CriminalRecord(stands, null, null, List.of()));
    }

    private String decrypt(PersonId person, String field, byte[] ciphertext) {
        return keys.decrypt(person.subject(), field, ciphertext).text().orElse("");
    }
}

package dk.tillid.employment;

import java.time.LocalDate;
import java.util.Map;

import dk.tillid.person.PersonId;
import org.springframework.context.ApplicationContext;

/**
 * Lets the access-package benchmark fill an employee file through the module's own package-private
 * services (CPR number, bank account, absences), signed in as payroll like the pages that call them.
 */
public final class EmploymentBenchmarkAccess {

    private final EmployeeFiles files;
    private final Absences absences;

    public EmploymentBenchmarkAccess(ApplicationContext context) {
        this.files = context.getBean(EmployeeFiles.class);
        this.absences = context.getBean(Absences.class);
    }

    /** The module's encrypted columns (table.column) and the field each ciphertext is bound to. */
    public static Map<String, String> sealedColumns() {
        return Map.of("cpr_number.ciphertext", EmployeeFiles.CPR_FIELD,
                "employee_file.bank_account", EmployeeFiles.BANK_FIELD,
                "employee_file.id_document_number", EmployeeFiles.ID_NUMBER_FIELD,
                "absence.health_reason", Absences.REASON_FIELD,
                "criminal_record.ciphertext", CriminalRecords.FIELD);
    }

    public void enterIdentity(PersonId person, String cpr, String nationality) {
        EmployeeFixtures.as(() -> {
            files.enterCpr(person, cpr);
            files.setNationality(person, nationality);
        }, "PAYROLL");
    }

    public void setBankAccount(PersonId person, String registration, String account) {
        EmployeeFixtures.as(() -> files.setBankAccount(person, registration, account), "PAYROLL");
    }

    /** ART9-2-B, so that health-related reasons for absence may be kept. */
    public void recordEmploymentLawBasis(PersonId person) {
        EmployeeFixtures.as(() -> absences.recordEmploymentLawBasis(person, null), "PAYROLL");
    }

    public void addAbsence(PersonId person, LocalDate first, LocalDate last, boolean sickness, String healthReason) {
        EmployeeFixtures.as(() -> absences.add(person, first, last, sickness ? Absences.Type.SICKNESS : Absences.Type.VACATION,
                healthReason), "PAYROLL");
    }
}

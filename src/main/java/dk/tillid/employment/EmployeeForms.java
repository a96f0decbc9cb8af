package dk.tillid.employment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dk.tillid.privacy.consent.ConsentChannel;
import org.springframework.format.annotation.DateTimeFormat;

/** What the employee pages and the API post; the services check every rule. Values never reach toString. */
final class EmployeeForms {

    private EmployeeForms() {
    }

    record CprForm(String cpr) {
        @Override
        public String toString() {
            return "CprForm[hidden]";
        }
    }

    record NationalityForm(String country) {
    }

    record IdDocumentForm(EmployeeFiles.IdDocumentType type, String number,
                          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expiry) {
        @Override
        public String toString() {
            return "IdDocumentForm[hidden]";
        }
    }

    record PermitForm(String type, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expiry) {
    }

    record BankForm(String registration, String account) {
        @Override
        public String toString() {
            return "BankForm[hidden]";
        }
    }

    record AbsenceForm(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate firstDay,
                       @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate lastDay, Absences.Type type,
                       String healthReason) {
        @Override
        public String toString() {
            return "AbsenceForm[hidden]";
        }
    }

    record BasisForm(String reference) {
    }

    record ConsentForm(ConsentChannel channel) {
    }

    record TimesheetForm(EmploymentId employment, UUID assignment, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
                         BigDecimal hours) {
    }

    record EndForm(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate lastDay) {
    }

    record ScreeningForm(String clientName, String screening, String result,
                         @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate screenedOn) {
        @Override
        public String toString() {
            return "ScreeningForm[hidden]";
        }
    }

    record CriminalRecordForm(String text, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate issuedOn) {
        @Override
        public String toString() {
            return "CriminalRecordForm[hidden]";
        }
    }

    record DisclosureConsentForm(UUID client, ConsentChannel channel) {
    }

    record CriminalDisclosureForm(UUID consent, dk.tillid.person.PersonId contact) {
    }

    record DisclosureForm(String recipient, String recipientName, String purpose, String legalBasis, List<String> categories) {
    }

    record PayrollForm(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                       @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, UUID provider, PayrollFile.Format format) {
    }
}

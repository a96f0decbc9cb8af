package dk.tillid.employment;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import dk.tillid.person.PersonId;

/**
 * The employee file as one role may see it: every field of {@link Field} with the access the role
 * has to it, and the value only where it shows (masked where the role gets it masked). Built by
 * {@link EmployeeFileReader}; pages and the API render it as it is, so neither can show more.
 */
record EmployeeFileView(PersonId person, String name, Long employeeNumber, boolean restricted,
                        List<EmploymentSummary> employments, Map<String, Shown> fields) {

    /** A field's access for this role, and its value (null when refused, or when nothing is stored). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Shown(Access access, Object value) {

        static Shown refused() {
            return new Shown(Access.REFUSED, null);
        }

        public boolean shows() {
            return access.shows();
        }

        @Override
        public String toString() {
            return "Shown[" + access + ", hidden]";
        }
    }

    Shown field(Field field) {
        return fields.get(field.json());
    }

    record Cpr(String current, List<CprPeriod> history) {

        @Override
        public String toString() {
            return "Cpr[hidden]";
        }
    }

    record CprPeriod(String number, LocalDate validFrom, LocalDate validTo) {

        @Override
        public String toString() {
            return "CprPeriod[hidden]";
        }
    }

    record IdDocument(String type, String number, LocalDate expiry) {
    }

    record Permit(String type, LocalDate expiry, boolean expiresSoon) {
    }

    record Absence(UUID id, LocalDate firstDay, LocalDate lastDay, String type) {
    }

    record HealthReason(UUID absence, LocalDate firstDay, LocalDate lastDay, String reason) {
    }

    record Timesheet(EmploymentId employment, UUID assignment, LocalDate day, java.math.BigDecimal hours) {
    }

    record Screening(String clientName, String screening, String result, LocalDate screenedOn) {
    }

    record CriminalRecord(boolean consentStands, LocalDate issuedOn, String text, List<DisclosureConsent> disclosureConsents) {
    }

    record DisclosureConsent(UUID id, UUID client, String clientName, java.time.Instant givenAt, java.time.Instant usedAt) {
    }
}

package dk.tillid.client;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dk.tillid.person.ContactDetails;
import dk.tillid.person.PersonName;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/** The client pages' forms (and the API's bodies): what people type, checked before the domain sees it. */
final class ClientForms {

    private ClientForms() {
    }

    record CompanyForm(
            @NotBlank(message = "{field.required}") @Size(max = 200, message = "{field.tooLong}") String name,
            // Checked by isCvrValid in linear time; a pattern with nested spaces would backtrack.
            @NotBlank(message = "{field.required}") @Size(max = 20, message = "{client.cvr.invalid}") String cvr,
            @Size(max = 200, message = "{field.tooLong}") String street,
            @Pattern(regexp = "^$|^[0-9]{4}$", message = "{client.postcode.invalid}") String postcode,
            @Size(max = 100, message = "{field.tooLong}") String city) {

        static CompanyForm empty() {
            return new CompanyForm("", "", "", "", "");
        }

        static CompanyForm of(CompanyDetails details) {
            return new CompanyForm(details.name(), details.cvr(), details.street(), details.postcode(), details.city());
        }

        @AssertTrue(message = "{client.cvr.invalid}")
        @JsonIgnore
        public boolean isCvrValid() {
            if (cvr == null || cvr.isBlank() || cvr.length() > 20) {
                return true;
            }
            String digits = cvr.replaceAll("\\s", "").toUpperCase(java.util.Locale.ROOT).replaceFirst("^DK", "");
            return CompanyDetails.isCvr(digits);
        }

        CompanyDetails details() {
            return new CompanyDetails(name, cvr, street, postcode, city);
        }
    }

    record ContactForm(
            @NotBlank(message = "{field.required}") @Size(max = 100, message = "{field.tooLong}")
            @Pattern(regexp = PersonName.PATTERN, message = "{field.name}") String givenName,
            @NotBlank(message = "{field.required}") @Size(max = 100, message = "{field.tooLong}")
            @Pattern(regexp = PersonName.PATTERN, message = "{field.name}") String familyName,
            @NotBlank(message = "{field.required}") @Size(max = 254, message = "{field.tooLong}")
            @Email(regexp = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", message = "{field.email}") String email,
            @Size(max = 20, message = "{field.tooLong}")
            @Pattern(regexp = "^$|^\\+?[0-9 ()-]{6,20}$", message = "{field.phone}") String phone,
            @Size(max = 100, message = "{field.tooLong}") String position) {

        static ContactForm empty() {
            return new ContactForm("", "", "", "", "");
        }

        NewContact contact() {
            return new NewContact(new PersonName(givenName, familyName), new ContactDetails(email, phone), position);
        }
    }

    record AgreementForm(
            @NotNull(message = "{field.required}") Agreement.Kind kind,
            @NotBlank(message = "{field.required}") @Size(max = 200, message = "{field.tooLong}") String title,
            @NotNull(message = "{field.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validTo,
            @Size(max = 5000, message = "{field.tooLong}") String terms) {

        static AgreementForm empty(LocalDate today) {
            return new AgreementForm(Agreement.Kind.TEMP_STAFFING, "", today, null, "");
        }

        @AssertTrue(message = "{client.agreement.endsBeforeStart}")
        @JsonIgnore
        public boolean isPeriodValid() {
            return validFrom == null || validTo == null || !validTo.isBefore(validFrom);
        }

        Agreement agreement() {
            return new Agreement(java.util.UUID.randomUUID(), kind, title, validFrom, validTo, terms);
        }
    }

    record JobOrderForm(
            @NotBlank(message = "{field.required}") @Size(max = 200, message = "{field.tooLong}") String title,
            @Size(max = 5000, message = "{field.tooLong}") String description,
            @Size(max = 1000, message = "{field.tooLong}") String skills,
            @Size(max = 200, message = "{field.tooLong}")
            @Pattern(regexp = LANGUAGES, message = "{client.languages.invalid}") String languages,
            @Size(max = 100, message = "{field.tooLong}") String city,
            @Pattern(regexp = "^$|^[0-9]{4}$", message = "{client.postcode.invalid}") String postcode,
            @NotNull(message = "{field.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate start,
            @Min(value = 1, message = "{client.weeks.invalid}") @Max(value = 520, message = "{client.weeks.invalid}")
            Integer durationWeeks,
            @NotNull(message = "{field.required}") JobOrder.Kind kind,
            @NotNull(message = "{field.required}") @Min(value = 1, message = "{client.positions.invalid}")
            @Max(value = 500, message = "{client.positions.invalid}") Integer positions) {

        /** "da:B2, en:C1": each language once, by its ISO code, at a level. */
        static final String LANGUAGES = "^\\s*$|^\\s*[A-Za-z]{2,3}\\s*:\\s*(?i:A1|A2|B1|B2|C1|C2|NATIVE)\\s*"
                + "(,\\s*[A-Za-z]{2,3}\\s*:\\s*(?i:A1|A2|B1|B2|C1|C2|NATIVE)\\s*){0,9}$";

        static JobOrderForm empty(LocalDate start) {
            return new JobOrderForm("", "", "", "", "", "", start, 4, JobOrder.Kind.TEMPORARY, 1);
        }

        static JobOrderForm of(JobOrder order) {
            return new JobOrderForm(order.title(), order.description(), String.join(", ", order.skills()),
                    String.join(", ", order.languages().stream().map(l -> l.language() + ":" + l.level()).toList()),
                    order.city(), order.postcode(), order.start(), order.durationWeeks(), order.kind(), order.positions());
        }

        @AssertTrue(message = "{client.weeks.forKind}")
        @JsonIgnore
        public boolean isDurationFitting() {
            return kind == null || (kind == JobOrder.Kind.TEMPORARY) == (durationWeeks != null);
        }

        JobOrderDetails details() {
            return new JobOrderDetails(title, description, JobOrderDetails.splitSkills(skills), requiredLanguages(),
                    city, postcode, start, durationWeeks, kind, positions == null ? 0 : positions);
        }

        private List<RequiredLanguage> requiredLanguages() {
            List<RequiredLanguage> required = new ArrayList<>();
            if (languages != null && !languages.isBlank()) {
                for (String pair : languages.split(",")) {
                    String[] parts = pair.split(":", 2);
                    required.add(new RequiredLanguage(parts[0], parts[1]));
                }
            }
            return required;
        }
    }
}

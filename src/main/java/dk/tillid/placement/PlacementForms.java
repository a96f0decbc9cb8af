package dk.tillid.placement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dk.tillid.person.ContactEvent;
import dk.tillid.person.PersonId;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/** The forms of the placement pages and API: plain records, validated, no personal data in addresses. */
final class PlacementForms {

    private PlacementForms() {
    }

    record ProposeForm(@NotNull UUID jobOrder, @NotNull PersonId person, @NotNull PersonId contact) {
    }

    record StartForm(@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate firstDay,
                     @NotNull @DecimalMin(value = "0.01") @DecimalMax(value = "9999.99") BigDecimal hourlyPay) {
    }

    record HoursForm(@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
                     @NotNull @DecimalMin(value = "0.25") @DecimalMax(value = "24") BigDecimal hours) {
    }

    record EndForm(@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate lastDay) {
    }

    /** A contact with the candidate about the placement (registration and portal logins are not recorded by hand). */
    record ContactForm(@NotNull ContactEvent.Kind kind, @Size(max = 500) String note) {

        static final List<ContactEvent.Kind> RECORDABLE = List.of(ContactEvent.Kind.CALL, ContactEvent.Kind.EMAIL,
                ContactEvent.Kind.MEETING);

        @Override
        public String toString() {
            return "ContactForm[" + kind + "]";
        }
    }
}

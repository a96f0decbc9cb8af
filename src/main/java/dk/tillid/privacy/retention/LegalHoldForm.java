package dk.tillid.privacy.retention;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/** The DPO placing a legal hold: on whom (the pseudonymous person id), why, and through which day. */
record LegalHoldForm(@NotBlank(message = "{legalhold.subject.missing}") String subject,
                     @NotBlank(message = "{legalhold.reason.missing}")
                     @Size(max = LegalHolds.MAX_TEXT, message = "{legalhold.text.tooLong}") String reason,
                     @NotNull(message = "{legalhold.endsOn.missing}")
                     @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn) {

    static LegalHoldForm empty() {
        return new LegalHoldForm(null, null, null);
    }
}

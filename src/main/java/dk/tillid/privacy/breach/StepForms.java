package dk.tillid.privacy.breach;

import java.time.LocalDateTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/** The small forms of a breach's page: one record per step, so that nothing else binds. */
final class StepForms {

    private StepForms() {
    }

    record UpdateForm(@NotBlank(message = "{breach.update.missing}")
                      @Size(max = Breaches.MAX_TEXT, message = "{breach.text.tooLong}") String text) {
    }

    record AuthorityForm(@NotNull(message = "{breach.notifiedAt.missing}")
                         @DateTimeFormat(pattern = BreachForm.MINUTES) LocalDateTime notifiedAt,
                         @NotBlank(message = "{breach.reference.missing}")
                         @Size(max = 200, message = "{breach.text.tooLong}") String reference) {
    }

    record NoNotificationForm(@NotBlank(message = "{breach.noNotification.missing}")
                              @Size(max = Breaches.MAX_TEXT, message = "{breach.text.tooLong}") String reason) {
    }

    record RiskForm(@NotBlank(message = "{breach.risk.reasoning.missing}")
                    @Size(max = Breaches.MAX_TEXT, message = "{breach.text.tooLong}") String reasoning,
                    @NotBlank(message = "{breach.risk.advice.missing}")
                    @Size(max = Breaches.MAX_TEXT, message = "{breach.text.tooLong}") String advice) {
    }
}

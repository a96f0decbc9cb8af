package dk.tillid.privacy.breach;

import java.time.LocalDateTime;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * What the DPO records of a breach (Art. 33(3)). Times are Danish wall-clock times as the DPO knows
 * them; when it happened may be unknown (both empty), a moment (only the start) or a period.
 */
record BreachForm(
        @DateTimeFormat(pattern = MINUTES) LocalDateTime occurredFrom,
        @DateTimeFormat(pattern = MINUTES) LocalDateTime occurredUntil,
        @NotNull(message = "{breach.awareAt.missing}") @DateTimeFormat(pattern = MINUTES) LocalDateTime awareAt,
        @NotBlank(message = "{breach.description.missing}") @Size(max = Breaches.MAX_TEXT, message = "{breach.text.tooLong}") String description,
        @NotEmpty(message = "{breach.categories.missing}") List<String> categories,
        @NotNull(message = "{breach.people.missing}") @PositiveOrZero(message = "{breach.count.invalid}") @Max(value = 100_000_000, message = "{breach.count.invalid}") Integer peopleAffected,
        @NotNull(message = "{breach.records.missing}") @PositiveOrZero(message = "{breach.count.invalid}") @Max(value = 1_000_000_000, message = "{breach.count.invalid}") Integer recordsAffected,
        @NotBlank(message = "{breach.consequences.missing}") @Size(max = Breaches.MAX_TEXT, message = "{breach.text.tooLong}") String consequences,
        @NotBlank(message = "{breach.measures.missing}") @Size(max = Breaches.MAX_TEXT, message = "{breach.text.tooLong}") String measures) {

    /** What an {@code <input type="datetime-local">} sends. */
    static final String MINUTES = "yyyy-MM-dd'T'HH:mm";

    static BreachForm empty() {
        return new BreachForm(null, null, null, "", List.of(), null, null, "", "");
    }
}

package dk.tillid.privacy.retention;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import dk.tillid.privacy.SubjectId;

/**
 * A legal hold on a person's data: through {@code endsOn}, nothing of theirs is deleted. It stops
 * standing on the day after its end, or when it is lifted early ({@code liftReason} says why; a hold
 * that had run out and was closed when a new one was placed has none).
 */
public record LegalHold(UUID id, SubjectId subject, String reason, LocalDate endsOn, Instant placedAt, String placedBy,
                        Instant liftedAt, String liftedBy, String liftReason) {

    /** Whether the hold still stops deletion on {@code today}. */
    public boolean standsOn(LocalDate today) {
        return liftedAt == null && !endsOn.isBefore(today);
    }

    public boolean liftedEarly() {
        return liftReason != null;
    }
}

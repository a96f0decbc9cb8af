package dk.tillid.person;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A standing restriction of a person's processing (GDPR art. 18): since when, why, and whether the
 * person has been told it will be lifted, from which day.
 */
public record Restriction(Instant restrictedAt, String reason, Instant liftAnnouncedAt, LocalDate liftOn) {

    public boolean liftAnnounced() {
        return liftAnnouncedAt != null;
    }

    /** The first day the restriction may be lifted, if the person has been told. */
    public Optional<LocalDate> liftableFrom() {
        return Optional.ofNullable(liftOn);
    }
}

package dk.tillid.privacy.breach;

import java.time.Instant;

/** Information added in phases (Art. 33(4)). */
public record BreachUpdate(Instant addedAt, String addedBy, String text) {
}

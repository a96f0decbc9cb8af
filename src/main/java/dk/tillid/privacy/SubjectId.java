package dk.tillid.privacy;

import java.util.Objects;
import java.util.UUID;

/**
 * Whom personal data is about, as the privacy engine sees it: the same random id as the person's,
 * without the privacy engine knowing the person module.
 */
public record SubjectId(UUID value) {

    public SubjectId {
        Objects.requireNonNull(value, "value");
    }

    public static SubjectId parse(String text) {
        return new SubjectId(UUID.fromString(text.strip()));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

package dk.tillid.privacy;

import java.util.Objects;
import java.util.Optional;
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

    /** A person id typed into a form: empty if blank or not an id. */
    public static Optional<SubjectId> tryParse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(parse(text));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    /** Whether the text was typed but is no person id (the form should say so). */
    public static boolean isMistyped(String text) {
        return text != null && !text.isBlank() && tryParse(text).isEmpty();
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

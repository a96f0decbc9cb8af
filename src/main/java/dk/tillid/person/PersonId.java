package dk.tillid.person;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dk.tillid.privacy.SubjectId;

/**
 * A person's identity in Tillid; random, so it reveals nothing and can appear in URLs and events.
 * In JSON it is the plain UUID.
 */
public record PersonId(@JsonValue UUID value) {

    public PersonId {
        Objects.requireNonNull(value, "value");
    }

    public static PersonId random() {
        return new PersonId(UUID.randomUUID());
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static PersonId parse(String text) {
        return new PersonId(UUID.fromString(text));
    }

    /** The same id as the privacy engine knows it. */
    public SubjectId subject() {
        return new SubjectId(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

package dk.tillid.employment;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

/** An employment; random, so it reveals nothing. */
public record EmploymentId(@JsonValue UUID value) {

    public EmploymentId {
        Objects.requireNonNull(value, "value");
    }

    static EmploymentId random() {
        return new EmploymentId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

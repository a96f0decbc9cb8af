package dk.tillid.privacy.breach;

import java.util.Objects;
import java.util.UUID;

/** A breach in the register. */
public record BreachId(UUID value) {

    public BreachId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

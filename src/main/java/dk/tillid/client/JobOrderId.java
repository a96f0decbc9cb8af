package dk.tillid.client;

import java.util.Objects;
import java.util.UUID;

/** A client's order for people: a permanent position or a temporary assignment. */
public record JobOrderId(UUID value) {

    public JobOrderId {
        Objects.requireNonNull(value, "value");
    }

    static JobOrderId random() {
        return new JobOrderId(UUID.randomUUID());
    }

    /** @throws IllegalArgumentException when the text is no id */
    public static JobOrderId parse(String text) {
        return new JobOrderId(UUID.fromString(text));
    }
}

package dk.tillid.client;

import java.util.Objects;
import java.util.UUID;

/** A client company. */
public record ClientId(UUID value) {

    public ClientId {
        Objects.requireNonNull(value, "value");
    }

    static ClientId random() {
        return new ClientId(UUID.randomUUID());
    }

    /** @throws IllegalArgumentException when the text is no id */
    public static ClientId parse(String text) {
        return new ClientId(UUID.fromString(text));
    }
}

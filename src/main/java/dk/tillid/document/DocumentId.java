package dk.tillid.document;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A document's identity: random, so it may appear in addresses. */
public record DocumentId(@JsonValue UUID value) {

    public DocumentId {
        Objects.requireNonNull(value, "value");
    }

    static DocumentId random() {
        return new DocumentId(UUID.randomUUID());
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static DocumentId parse(String text) {
        return new DocumentId(UUID.fromString(text.strip()));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

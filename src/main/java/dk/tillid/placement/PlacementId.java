package dk.tillid.placement;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A placement's random id; reveals nothing, so it may appear in addresses. In JSON the plain UUID. */
public record PlacementId(@JsonValue UUID value) {

    public PlacementId {
        Objects.requireNonNull(value, "value");
    }

    static PlacementId random() {
        return new PlacementId(UUID.randomUUID());
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static PlacementId parse(String text) {
        return new PlacementId(UUID.fromString(text.strip()));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

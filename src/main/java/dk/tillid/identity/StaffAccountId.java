package dk.tillid.identity;

import java.util.Objects;
import java.util.UUID;

/** Serializable: it is part of the signed-in principal, which the database session stores. */
public record StaffAccountId(UUID value) implements java.io.Serializable {

    public StaffAccountId {
        Objects.requireNonNull(value, "value");
    }

    static StaffAccountId random() {
        return new StaffAccountId(UUID.randomUUID());
    }
}

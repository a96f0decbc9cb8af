package dk.tillid.identity;

import java.util.Objects;
import java.util.UUID;

public record StaffAccountId(UUID value) {

    public StaffAccountId {
        Objects.requireNonNull(value, "value");
    }

    static StaffAccountId random() {
        return new StaffAccountId(UUID.randomUUID());
    }
}

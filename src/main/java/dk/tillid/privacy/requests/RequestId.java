package dk.tillid.privacy.requests;

import java.util.Objects;
import java.util.UUID;

/** A data-subject request. */
public record RequestId(UUID value) {

    public RequestId {
        Objects.requireNonNull(value, "value");
    }

    static RequestId random() {
        return new RequestId(UUID.randomUUID());
    }
}

package dk.tillid.placement;

/**
 * A step the placement's rules do not allow now (start before acceptance, propose someone who may
 * not be proposed). Carries the key of a plain message in the placement bundle; never a value.
 */
public class PlacementRefusedException extends RuntimeException {

    private final String reason;

    PlacementRefusedException(String reason) {
        super("Refused: " + reason);
        this.reason = reason;
    }

    /** The message key, e.g. {@code placement.refused.notAccepted}. */
    public String reason() {
        return reason;
    }
}

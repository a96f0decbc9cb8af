package dk.tillid.person;

import java.util.Objects;

/** Announcing or lifting a restriction is refused; {@link #reason()} says which rule. */
public class RestrictionStepRefused extends IllegalStateException {

    public enum Reason {
        /** No restriction stands. */
        NOT_RESTRICTED,
        /** The person has not been told the restriction will be lifted (art. 18(3)). */
        NOT_ANNOUNCED,
        /** The day the person was told it would be lifted has not come yet. */
        TOO_EARLY,
        /** The day announced is closer than the minimum notice. */
        NOTICE_TOO_SHORT
    }

    private final Reason reason;

    RestrictionStepRefused(Reason reason, String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason);
    }

    public Reason reason() {
        return reason;
    }
}

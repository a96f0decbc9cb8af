package dk.tillid.privacy.retention;

import java.time.Instant;

/** One run of the retention sweep, as recorded; {@code failure} names the kind of error, never a value. */
public record SweepRun(long id, Instant startedAt, String startedBy, Instant finishedAt, Outcome outcome, Tally tally,
                       String failure) implements java.io.Serializable {

    public enum Outcome { RUNNING, DONE, FAILED }

    /** How many people a run erased, left for a hold or their own rights, and told of a coming deletion. */
    public record Tally(int erased, int blocked, int notices) implements java.io.Serializable {

        static final Tally NONE = new Tally(0, 0, 0);

        Tally plus(Tally other) {
            return new Tally(erased + other.erased, blocked + other.blocked, notices + other.notices);
        }
    }
}

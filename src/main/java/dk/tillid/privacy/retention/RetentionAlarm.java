package dk.tillid.privacy.retention;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Says when the retention sweep needs a person's attention: its last run failed or hangs, none has
 * completed for longer than a day and a bit, or runs have deleted nobody for longer than expected.
 * Shown to ADMIN and DPO, and as the health indicator, so a sweep never fails silently.
 */
@Component
class RetentionAlarm {

    /** Why the alarm sounds, as a message key, with the time it refers to (may be null). */
    record Alert(String messageKey, Instant since) {
    }

    /** A run still "running" after this long died with its instance. */
    private static final Duration HUNG = Duration.ofHours(6);

    private final SweepRuns runs;
    private final Clock clock;
    private final Duration staleAfter;
    private final Duration quietAfter;
    private final Instant watchedSince;

    RetentionAlarm(SweepRuns runs, Clock clock, @Value("${tillid.retention.stale-after:30h}") Duration staleAfter,
                   @Value("${tillid.retention.quiet-after:60d}") Duration quietAfter) {
        this.runs = runs;
        this.clock = clock;
        this.staleAfter = staleAfter;
        this.quietAfter = quietAfter;
        this.watchedSince = clock.instant();
    }

    Optional<Alert> current() {
        Instant now = clock.instant();
        Optional<SweepRun> last = runs.latest(1).stream().findFirst();
        if (last.isPresent() && last.get().outcome() == SweepRun.Outcome.FAILED) {
            return alert("retention.alert.failed", last.get().startedAt());
        }
        if (last.isPresent() && last.get().outcome() == SweepRun.Outcome.RUNNING
                && last.get().startedAt().plus(HUNG).isBefore(now)) {
            return alert("retention.alert.hung", last.get().startedAt());
        }
        Optional<SweepRun> done = runs.lastEnded(SweepRun.Outcome.DONE);
        Instant lastDone = done.map(SweepRun::startedAt).orElse(null);
        if (lastDone == null ? watchedSince.plus(staleAfter).isBefore(now) : lastDone.plus(staleAfter).isBefore(now)) {
            return alert("retention.alert.stale", lastDone);
        }
        Optional<Instant> firstDone = runs.firstDone();
        Instant lastErased = runs.lastThatErased().map(SweepRun::startedAt).orElse(null);
        if (firstDone.isPresent() && firstDone.get().plus(quietAfter).isBefore(now)
                && (lastErased == null || lastErased.plus(quietAfter).isBefore(now))) {
            return alert("retention.alert.quiet", lastErased);
        }
        return Optional.empty();
    }

    private static Optional<Alert> alert(String key, Instant since) {
        return Optional.of(new Alert(key, since));
    }
}

package dk.tillid.privacy.retention;

import java.time.Clock;

import dk.tillid.platform.AgencyTime;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Starts the sweep once a day. Every instance's schedule fires; the first takes the sweep's lock,
 * and one that comes later the same day finds the day's run done and leaves it.
 */
@Component
class RetentionSchedule {

    static final String BY = "schedule";

    private final RetentionSweep sweep;
    private final SweepRuns runs;
    private final Clock clock;

    RetentionSchedule(RetentionSweep sweep, SweepRuns runs, Clock clock) {
        this.sweep = sweep;
        this.runs = runs;
        this.clock = clock;
    }

    @Scheduled(cron = "${tillid.retention.sweep-cron}", zone = AgencyTime.ZONE_ID)
    void daily() {
        boolean doneToday = runs.lastEnded(SweepRun.Outcome.DONE)
                .filter(run -> AgencyTime.dayOf(run.startedAt()).equals(AgencyTime.today(clock)))
                .isPresent();
        if (!doneToday) {
            sweep.run(BY);
        }
    }
}

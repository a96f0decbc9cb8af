package dk.tillid.privacy.retention;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/** {@code /actuator/health}'s "retention": down while the retention sweep's alarm sounds. */
@Component("retention")
class RetentionHealth extends AbstractHealthIndicator {

    private final RetentionAlarm alarm;
    private final SweepRuns runs;

    RetentionHealth(RetentionAlarm alarm, SweepRuns runs) {
        this.alarm = alarm;
        this.runs = runs;
    }

    @Override
    protected void doHealthCheck(Health.Builder health) {
        alarm.current().ifPresentOrElse(
                alert -> health.down().withDetail("alert", alert.messageKey())
                        .withDetail("since", String.valueOf(alert.since())),
                health::up);
        runs.latest(1).forEach(run -> health.withDetail("lastRun", run.startedAt().toString())
                .withDetail("lastOutcome", run.outcome().name()).withDetail("lastErased", run.tally().erased()));
    }
}

package dk.tillid.backup;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import dk.tillid.privacy.spi.DeletionJournal;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Health {@code backup}: DOWN when an erasure could not be written to the deletion journal since this
 * instance started, when the newest backup failed, or could not be verified, or the newest
 * good one is older than {@code tillid.backup.stale-after}; UNKNOWN before the first backup.
 */
@Component("backupHealthIndicator")
class BackupHealth implements HealthIndicator {

    private final BackupRuns runs;
    private final BackupProperties properties;
    private final DeletionJournal journal;
    private final Clock clock;

    BackupHealth(BackupRuns runs, BackupProperties properties, DeletionJournal journal, Clock clock) {
        this.runs = runs;
        this.properties = properties;
        this.journal = journal;
        this.clock = clock;
    }

    /** What the administrator's page says too: null when all is well. */
    String problem() {
        List<BackupRuns.Run> latest = runs.latest(20);
        // An erasure whose copy outside the database is missing would come back with a restore, until
        // a backup after it has copied the deletion log to the key backup.
        boolean journalGap = journal.failedAt().filter(failed -> latest.stream().noneMatch(run ->
                run.verification() == BackupRuns.Verification.VERIFIED && run.startedAt().isAfter(failed))).isPresent();
        if (journalGap) {
            return "backup.health.journal";
        }
        var finished = latest.stream().filter(run -> run.outcome() != BackupRuns.Outcome.RUNNING
                && run.verification() != BackupRuns.Verification.PENDING).findFirst();
        if (finished.isEmpty()) {
            return latest.isEmpty() ? "backup.health.none" : null;
        }
        BackupRuns.Run newest = finished.get();
        if (newest.outcome() == BackupRuns.Outcome.FAILED) {
            return "backup.health.failed";
        }
        if (newest.verification() != BackupRuns.Verification.VERIFIED) {
            return "backup.health.unverified";
        }
        if (Duration.between(newest.startedAt(), clock.instant()).compareTo(properties.staleAfter()) > 0) {
            return "backup.health.stale";
        }
        return null;
    }

    @Override
    public Health health() {
        String problem = problem();
        if ("backup.health.none".equals(problem)) {
            return Health.unknown().withDetail("backup", "no backup has been taken yet").build();
        }
        List<BackupRuns.Run> latest = runs.latest(1);
        Health.Builder health = problem == null ? Health.up() : Health.down().withDetail("problem", problem);
        latest.forEach(run -> health.withDetail("latest", run.name()).withDetail("startedAt", run.startedAt().toString())
                .withDetail("outcome", run.outcome().name()).withDetail("verification", run.verification().name()));
        return health.build();
    }
}

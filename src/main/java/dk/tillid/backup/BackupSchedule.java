package dk.tillid.backup;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** The nightly backup, at {@code tillid.backup.schedule} in Danish time ("-": never). */
@Component
class BackupSchedule {

    /** {@link dk.tillid.platform.AgencyTime#ZONE}: an annotation needs the name as a constant (a test holds them equal). */
    static final String ZONE = "Europe/Copenhagen";

    private final Backups backups;

    BackupSchedule(Backups backups) {
        this.backups = backups;
    }

    @Scheduled(cron = "${tillid.backup.schedule}", zone = ZONE)
    void nightly() {
        backups.backUp(BackupRuns.Trigger.SCHEDULE);
    }
}

package dk.tillid.backup;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;

/**
 * {@code --backup}: takes and verifies a backup now, prints the outcome, and exits (without the web
 * server, see the main class): 0 when it was taken and verified, 1 otherwise.
 */
@Component
class BackupCommand implements ApplicationRunner, ExitCodeGenerator {

    static final String OPTION = "backup";

    private final Backups backups;
    private int exitCode;

    BackupCommand(Backups backups) {
        this.backups = backups;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!args.containsOption(OPTION)) {
            return;
        }
        var run = backups.backUp(BackupRuns.Trigger.COMMAND);
        if (run.isEmpty()) {
            System.out.println("No backup: another instance is taking one, or the database cannot be reached (see the log).");
            exitCode = 1;
            return;
        }
        BackupRuns.Run done = run.get();
        System.out.printf("Backup %s: %s, verification %s; %s tables, %s rows, %s bytes%s%n", done.name(), done.outcome(),
                done.verification(), done.tables(), done.rows(), done.sizeBytes(),
                done.problem() == null ? "" : " (" + done.problem() + ")");
        exitCode = done.good() ? 0 : 1;
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}

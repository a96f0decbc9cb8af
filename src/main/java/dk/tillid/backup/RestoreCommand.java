package dk.tillid.backup;

import java.nio.file.Path;
import java.util.List;

import dk.tillid.document.Documents;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code --restore=<backup directory>}: restores the backup into the configured database and replays
 * the deletion log, then exits. The main class starts no web server for it, and the scheduler is off
 * (no background job touches the tables while they are emptied and loaded). First of the commands,
 * so that nothing else runs on the database before it is restored.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RestoreCommand implements ApplicationRunner, ExitCodeGenerator {

    static final String OPTION = "restore";

    private final Restorer restorer;
    private final DatabaseAccess access;
    private final Documents documents;
    private final RestoreMarker marker;
    private int exitCode;

    RestoreCommand(Restorer restorer, DatabaseAccess access, Documents documents, RestoreMarker marker) {
        this.restorer = restorer;
        this.access = access;
        this.documents = documents;
        this.marker = marker;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!args.containsOption(OPTION)) {
            return;
        }
        List<String> values = args.getOptionValues(OPTION);
        if (values.size() != 1 || values.get(0).isBlank()) {
            System.out.println("Usage: --restore=<backup directory>");
            exitCode = 2;
            return;
        }
        try {
            Restorer.Summary summary = restorer.restore(Path.of(values.get(0)),
                    new Restorer.Target(access.owner(), documents.storeDirectory(), marker.home()));
            System.out.printf("Restored %s (schema version %s, now migrated to this version's): %d tables, %d rows,"
                            + " %d documents; %d people erased again from the deletion log.%n", summary.backup(),
                    summary.schemaVersion(), summary.tables(), summary.rows(), summary.documents(), summary.erasedAgain());
        } catch (Exception e) {
            // Described, not thrown: a stack trace could quote a row COPY stumbled on.
            System.out.println("RESTORE FAILED: " + BackupFailure.describe(e)
                    + ". Tillid will not start normally until a restore completes.");
            exitCode = 1;
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}

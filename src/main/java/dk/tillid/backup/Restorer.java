package dk.tillid.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Set;

import dk.tillid.privacy.SubjectId;
import dk.tillid.privacy.spi.DeletionJournal;
import dk.tillid.privacy.spi.DeletionLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Restores a backup into the configured database, then replays every erasure it predates:
 * <ol>
 * <li>the marker goes up (a restore that stops leaves it, and no normal start serves);</li>
 * <li>every file is checked against the manifest before anything is touched;</li>
 * <li>the schema is emptied and rebuilt to the backup's version; every table is loaded, with the data
 * keys of the newest key backup, and must hold what the manifest counted;</li>
 * <li>the document files are put back;</li>
 * <li>the schema is migrated to this version's, so that the replay runs the code it was written for;</li>
 * <li>the deletion log is replayed from the journal and the key backup;</li>
 * <li>the marker comes down.</li>
 * </ol>
 */
@Component
class Restorer {

    private static final Logger log = LoggerFactory.getLogger(Restorer.class);

    private final Schemas schemas;
    private final KeyBackups keyBackups;
    private final DeletionJournal journal;
    private final DeletionReplay replay;
    private final Clock clock;

    Restorer(Schemas schemas, KeyBackups keyBackups, DeletionJournal journal, DeletionReplay replay, Clock clock) {
        this.schemas = schemas;
        this.keyBackups = keyBackups;
        this.journal = journal;
        this.replay = replay;
        this.clock = clock;
    }

    /** Where to restore to: the database (as its owner), the document directory, and the home for the marker. */
    record Target(DatabaseLogin owner, Path documents, Path home) {
    }

    record Summary(String backup, String schemaVersion, int tables, long rows, int documents, int erasedAgain) {
    }

    Summary restore(Path backup, Target target) throws SQLException, IOException {
        Path source = backup.toAbsolutePath().normalize();
        RestoreMarker.begin(target.home(), source.getFileName().toString(), clock.instant());
        Manifest manifest = BackupVerifier.checkFiles(source);
        Path keyBackup = keyBackups.newest().orElseThrow(() -> new BackupFailure("There is no key backup in "
                + keyBackups.directory() + ": without the data keys no encrypted field could be read"));
        log.info("Restoring backup {} (schema version {}) with the key backup {}", source.getFileName(),
                manifest.schemaVersion(), keyBackup.getFileName());

        schemas.clean(target.owner());
        schemas.migrate(target.owner(), manifest.schemaVersion());
        try (Connection connection = target.owner().connect()) {
            connection.setAutoCommit(false);
            TableCopy.load(connection, manifest.tables(), Set.of(), source);
            TableCopy.setSequences(connection, manifest.sequences());
            keyBackups.load(connection, keyBackup);
            BackupVerifier.compare(connection, manifest);
            connection.commit();
        }
        restoreDocuments(source.resolve(BackupWriter.DOCUMENTS), manifest, target.documents());

        schemas.migrate(target.owner(), null);
        if (journal.files().isEmpty()) {
            // Erasures after the key backup would not be replayed: the journal's directory may be mounted wrong.
            log.warn("No deletion journal in {}: only the key backup's copy of the deletion log is replayed",
                    keyBackups.directory());
        }
        List<DeletionLog.Entry> journalled = journal.read();
        Set<SubjectId> erasedAgain = replay.replay(target.owner(), journalled, keyBackups.deletionLog(keyBackup));
        RestoreMarker.complete(target.home());
        Summary summary = new Summary(source.getFileName().toString(), manifest.schemaVersion(), manifest.tables().size(),
                manifest.rows(), manifest.documents().size(), erasedAgain.size());
        log.info("Restore of {} complete: {} tables, {} rows, {} documents, {} people erased again", summary.backup(),
                summary.tables(), summary.rows(), summary.documents(), summary.erasedAgain());
        return summary;
    }

    private static void restoreDocuments(Path from, Manifest manifest, Path to) throws IOException {
        Files.createDirectories(to);
        for (Manifest.DocumentFile document : manifest.documents()) {
            Path target = to.resolve(document.name());
            Path partial = to.resolve(document.name() + ".restoring.part");
            Files.copy(from.resolve(document.name()), partial, StandardCopyOption.REPLACE_EXISTING);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
    }
}

package dk.tillid.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Proves a backup by restoring it: every file against its checksum, then a scratch database with a
 * random name, rebuilt to the backup's schema version and loaded from the files, whose every table
 * must hold the rows the manifest counted, with the same content checksum. The scratch database is
 * dropped whatever happens.
 */
@Component
class BackupVerifier {

    private static final Logger log = LoggerFactory.getLogger(BackupVerifier.class);

    private final DatabaseAccess access;
    private final Schemas schemas;

    BackupVerifier(DatabaseAccess access, Schemas schemas) {
        this.access = access;
        this.schemas = schemas;
    }

    record Result(BackupRuns.Verification verification, String problem) {
    }

    Result verify(Path backup) {
        try {
            Manifest manifest = checkFiles(backup);
            Optional<DatabaseLogin> scratch = access.createScratch();
            if (scratch.isEmpty()) {
                return new Result(BackupRuns.Verification.NOT_VERIFIED, "The database user may not create a scratch"
                        + " database; set tillid.backup.verify-url to a server where it may (the files were checked)");
            }
            try {
                schemas.migrate(scratch.get(), manifest.schemaVersion());
                try (Connection connection = scratch.get().connect()) {
                    connection.setAutoCommit(false);
                    TableCopy.load(connection, manifest.tables(), Set.of(), backup);
                    TableCopy.setSequences(connection, manifest.sequences());
                    connection.commit();
                    compare(connection, manifest);
                }
            } finally {
                access.dropScratch(scratch.get());
            }
            return new Result(BackupRuns.Verification.VERIFIED, null);
        } catch (Exception e) {
            String problem = BackupFailure.describe(e);
            log.error("Backup {} failed its verification: {}", backup.getFileName(), problem);
            return new Result(BackupRuns.Verification.FAILED, problem);
        }
    }

    /** Every file of the backup is there and unchanged. */
    static Manifest checkFiles(Path backup) throws IOException {
        Manifest manifest = Manifest.read(backup);
        for (Manifest.TableFile table : manifest.tables()) {
            Path file = backup.resolve(table.fileName());
            if (!Files.isRegularFile(file) || !table.fileSha256().equals(TableCopy.checksum(file))) {
                throw new BackupFailure("The file of table " + table.name() + " is missing or damaged (checksum)");
            }
        }
        for (Manifest.DocumentFile document : manifest.documents()) {
            Path file = backup.resolve(BackupWriter.DOCUMENTS).resolve(document.name());
            if (!Files.isRegularFile(file) || !document.sha256().equals(TableCopy.checksum(file))) {
                throw new BackupFailure("A document file is missing or damaged (checksum)");
            }
        }
        return manifest;
    }

    /** Every table holds what the manifest says: as many rows, the same content. */
    static void compare(Connection connection, Manifest manifest) throws SQLException, IOException {
        for (Manifest.TableFile expected : manifest.tables()) {
            Manifest.TableFile found = TableCopy.measure(connection, expected.name(), expected.columns());
            if (found.rows() != expected.rows()) {
                throw new BackupFailure("Table " + expected.name() + " holds " + found.rows() + " rows after the restore, "
                        + expected.rows() + " were backed up");
            }
            if (!found.contentSha256().equals(expected.contentSha256())) {
                throw new BackupFailure("Table " + expected.name() + " does not hold what was backed up (checksum)");
            }
        }
    }
}

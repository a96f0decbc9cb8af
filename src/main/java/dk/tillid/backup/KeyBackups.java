package dk.tillid.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import dk.tillid.privacy.SubjectId;
import dk.tillid.privacy.spi.DeletionJournal;
import dk.tillid.privacy.spi.DeletionLog;
import org.springframework.stereotype.Component;

/**
 * The data keys, apart from the data: every backup writes the person_key table (keys wrapped by the
 * master key, which is in neither place) and a copy of the deletion log to the key directory, meant
 * to be another disk or host. Someone with only the data backup reads no encrypted field; someone
 * with only the keys has no data; a restore takes the newest keys, in which erased people's keys
 * are already destroyed. Only the newest key backup is kept.
 */
@Component
class KeyBackups {

    static final String KEYS_TABLE = "person_key";
    static final String LOG_FILE = "deletion-log.jsonl";

    private final Path directory;

    KeyBackups(DeletionJournal journal) {
        // One directory for the key backups and the journal, as the journal resolved it.
        this.directory = journal.file().getParent();
    }

    Path directory() {
        return directory;
    }

    /** Writes the key backup named {@code name} from the connection's snapshot (the data backup's). */
    Path write(Connection snapshot, String name, String schemaVersion, String createdAt) throws SQLException, IOException {
        Path partial = directory.resolve(name + ".partial");
        DeletionJournal.OwnerOnly.createDirectories(directory);
        DeletionJournal.OwnerOnly.createDirectories(partial);
        List<String> columns = TableCopy.tables(snapshot).get(KEYS_TABLE);
        Manifest.TableFile keys = TableCopy.dump(snapshot, KEYS_TABLE, columns, partial);
        DeletionJournal.appendTo(partial.resolve(LOG_FILE), deletionLog(snapshot));
        new Manifest(Manifest.FORMAT, schemaVersion, createdAt, List.of(keys), Map.of(), List.of()).write(partial);
        Path done = directory.resolve(name);
        Files.move(partial, done);
        if (!keys.fileSha256().equals(TableCopy.checksum(done.resolve(keys.fileName())))) {
            throw new BackupFailure("The key backup " + name + " does not read back as written");
        }
        deleteAllBut(done);
        return done;
    }

    /**
     * Only the newest key backup is kept. Keys only ever change by being destroyed or re-wrapped, so
     * the newest serves every data backup; an older one would still hold the keys of people erased
     * since, and with it their data in any backup could be read again (crypto-shredding undone).
     */
    private void deleteAllBut(Path newest) throws IOException {
        try (Stream<Path> entries = Files.list(directory)) {
            for (Path old : entries.filter(Files::isDirectory).filter(path -> !path.equals(newest))
                    .filter(path -> path.getFileName().toString().startsWith(Backups.NAME_PREFIX)).toList()) {
                Backups.deleteTree(old);
            }
        }
    }

    /** The newest complete key backup (names are UTC times, so the greatest is the newest). */
    Optional<Path> newest() {
        if (!Files.isDirectory(directory)) {
            return Optional.empty();
        }
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.filter(path -> Files.isRegularFile(path.resolve(Manifest.FILE_NAME)))
                    .max(Comparator.comparing(path -> path.getFileName().toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads the data keys of a key backup into the connection's (emptied) person_key table. */
    void load(Connection connection, Path keyBackup) throws SQLException, IOException {
        Manifest manifest = Manifest.read(keyBackup);
        Manifest.TableFile keys = manifest.table(KEYS_TABLE)
                .orElseThrow(() -> new BackupFailure("The key backup " + keyBackup.getFileName() + " has no data keys"));
        if (!keys.fileSha256().equals(TableCopy.checksum(keyBackup.resolve(keys.fileName())))) {
            throw new BackupFailure("The key backup " + keyBackup.getFileName() + " is damaged (checksum)");
        }
        TableCopy.load(connection, List.of(keys), java.util.Set.of(), keyBackup);
    }

    /** The key backup's copy of the deletion log. */
    List<DeletionLog.Entry> deletionLog(Path keyBackup) {
        return DeletionJournal.read(keyBackup.resolve(LOG_FILE));
    }


    static List<DeletionLog.Entry> deletionLog(Connection connection) throws SQLException {
        List<DeletionLog.Entry> entries = new ArrayList<>();
        try (Statement sql = connection.createStatement(); ResultSet rows = sql.executeQuery(
                "SELECT id, subject_id, deleted, kept, rule, key_destroyed, erased_at FROM deletion_log ORDER BY id")) {
            while (rows.next()) {
                entries.add(new DeletionLog.Entry(rows.getLong(1), new SubjectId(rows.getObject(2, UUID.class)),
                        strings(rows.getArray(3)), strings(rows.getArray(4)), rows.getString(5), rows.getBoolean(6),
                        rows.getTimestamp(7).toInstant()));
            }
        }
        return entries;
    }

    private static List<String> strings(Array array) throws SQLException {
        return Arrays.asList((String[]) array.getArray());
    }
}

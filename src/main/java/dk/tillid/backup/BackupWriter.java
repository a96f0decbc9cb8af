package dk.tillid.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dk.tillid.document.Documents;
import dk.tillid.privacy.spi.DeletionJournal;
import org.springframework.stereotype.Component;

/**
 * Writes one backup: every table but the data keys, from one consistent snapshot, as gzip'd COPY
 * files; the sequences; the encrypted document files as they are; a manifest with counts and
 * checksums, written last. The key backup is written from the same snapshot, to the key directory.
 * A backup is written under {@code name.partial} and renamed when complete.
 */
@Component
class BackupWriter {

    static final String DOCUMENTS = "documents";

    private final Schemas schemas;
    private final KeyBackups keyBackups;
    private final Documents documents;

    BackupWriter(Schemas schemas, KeyBackups keyBackups, Documents documents) {
        this.schemas = schemas;
        this.keyBackups = keyBackups;
        this.documents = documents;
    }

    record Written(Path directory, Manifest manifest, long sizeBytes) {
    }

    /** On the owner's connection, which this opens a read-only repeatable-read transaction on. */
    Written write(Connection connection, Path directory, String name, Instant at) throws SQLException, IOException {
        Path partial = directory.resolve(name + ".partial");
        // A backup is every person's data in clear: only the owner may list or read it, whatever the umask.
        DeletionJournal.OwnerOnly.createDirectories(directory);
        DeletionJournal.OwnerOnly.createDirectories(partial);
        String schemaVersion = schemas.currentVersion();
        connection.setAutoCommit(false);
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        connection.setReadOnly(true);
        List<Manifest.TableFile> tables = new ArrayList<>();
        Map<String, Long> sequences;
        try (Statement sql = connection.createStatement()) {
            // Reads from the start of each table, so that a reload reads back in the same order.
            sql.execute("SET LOCAL synchronize_seqscans = off");
            for (var table : TableCopy.tables(connection).entrySet()) {
                if (!TableCopy.NOT_DATA.contains(table.getKey())) {
                    tables.add(TableCopy.dump(connection, table.getKey(), table.getValue(), partial));
                }
            }
            sequences = TableCopy.sequences(connection);
            keyBackups.write(connection, name, schemaVersion, at.toString());
            connection.commit();
        } finally {
            connection.setReadOnly(false);
            connection.setAutoCommit(true);
        }
        List<Manifest.DocumentFile> files = copyDocuments(partial.resolve(DOCUMENTS));
        Manifest manifest = new Manifest(Manifest.FORMAT, schemaVersion, at.toString(), tables, sequences, files);
        manifest.write(partial);
        Path done = directory.resolve(name);
        Files.move(partial, done);
        return new Written(done, manifest, size(done));
    }

    /** The files as they are on disk: encrypted with their owner's key, under random names. */
    private List<Manifest.DocumentFile> copyDocuments(Path target) throws IOException {
        Files.createDirectories(target);
        List<Manifest.DocumentFile> files = new ArrayList<>();
        Path store = documents.storeDirectory();
        if (!Files.isDirectory(store)) {
            return files;
        }
        try (Stream<Path> stored = Files.list(store)) {
            for (Path file : stored.filter(Files::isRegularFile).filter(path -> !path.getFileName().toString().endsWith(".part"))
                    .sorted().toList()) {
                Path copy = target.resolve(file.getFileName().toString());
                try {
                    Files.copy(file, copy);
                } catch (java.nio.file.NoSuchFileException deletedMeanwhile) {
                    continue; // erased after the snapshot: a restore replays that erasure from the journal
                }
                files.add(new Manifest.DocumentFile(copy.getFileName().toString(), Files.size(copy), TableCopy.checksum(copy)));
            }
        }
        return files;
    }

    static long size(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            long total = 0;
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                total += Files.size(file);
            }
            return total;
        }
    }
}

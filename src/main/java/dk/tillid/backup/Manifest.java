package dk.tillid.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.json.JsonMapper;

/**
 * What a backup holds, written last (a directory without it is no backup): the schema version it
 * was taken at, each table's file with its row count and checksums, the sequences, the documents.
 * The key backup has one too, with its two tables and no documents.
 *
 * @param createdAt ISO-8601 UTC
 */
record Manifest(int format, String schemaVersion, String createdAt, List<TableFile> tables, Map<String, Long> sequences,
                List<DocumentFile> documents) {

    static final String FILE_NAME = "manifest.json";
    static final int FORMAT = 1;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * One table: {@code fileSha256} is of the gzip file as stored (is the file intact?),
     * {@code contentSha256} of the COPY text (does a database loaded from it hold the same rows?).
     */
    record TableFile(String name, List<String> columns, long rows, String fileSha256, String contentSha256) {

        String fileName() {
            return name + ".copy.gz";
        }
    }

    /** One encrypted document file, under its random name. */
    record DocumentFile(String name, long size, String sha256) {
    }

    long rows() {
        return tables.stream().mapToLong(TableFile::rows).sum();
    }

    Optional<TableFile> table(String name) {
        return tables.stream().filter(table -> table.name().equals(name)).findFirst();
    }

    void write(Path directory) {
        try {
            Files.writeString(directory.resolve(FILE_NAME), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(this));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A name from the manifest becomes a file name: one plain segment, never a path. A manifest that
     * says otherwise was not written by Tillid, and a restore could write outside its directories.
     */
    private static void plainName(String name, Path directory) {
        if (name == null || !name.matches("[A-Za-z0-9_][A-Za-z0-9_.-]{0,199}") || name.contains("..")) {
            throw new BackupFailure("The manifest of " + directory.getFileName() + " names a file that is no plain name");
        }
    }

    static Manifest read(Path directory) {
        Path file = directory.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            throw new BackupFailure("No " + FILE_NAME + " in " + directory.getFileName() + ": not a complete backup");
        }
        try {
            Manifest manifest = JSON.readValue(Files.readString(file), Manifest.class);
            if (manifest.format() != FORMAT) {
                throw new BackupFailure("Backup format " + manifest.format() + " is not known to this version");
            }
            manifest.tables().forEach(table -> plainName(table.name(), directory));
            manifest.documents().forEach(document -> plainName(document.name(), directory));
            return manifest;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

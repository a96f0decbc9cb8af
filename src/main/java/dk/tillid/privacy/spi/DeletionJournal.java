package dk.tillid.privacy.spi;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dk.tillid.privacy.SubjectId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * A copy of the deletion log outside the database, one JSON line per erasure, so that erasures made
 * after the last backup survive losing the database: a restore replays them. It lives beside the
 * key backups (another disk or host) and holds no personal data, only what the log itself holds.
 * <p>
 * Lines are appended after the erasure's transaction commits (a rolled-back erasure is no erasure)
 * and forced to disk before the call returns.
 */
@Component
public class DeletionJournal {

    public static final String FILE_NAME = "deletion-journal.jsonl";

    private static final Logger log = LoggerFactory.getLogger(DeletionJournal.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One line of the journal: the deletion-log entry, with the time as ISO-8601 UTC. */
    record Line(long id, UUID subject, List<String> deleted, List<String> kept, String rule, boolean keyDestroyed,
                String erasedAt) {
    }

    private final Path file;

    DeletionJournal(@Value("${tillid.backup.key-directory}") Path directory) {
        this.file = directory.toAbsolutePath().normalize().resolve(FILE_NAME);
    }

    /** Appends the entries once the current transaction commits (at once if there is none). */
    public void append(List<DeletionLog.Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        List<DeletionLog.Entry> copy = List.copyOf(entries);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    write(copy);
                }
            });
        } else {
            write(copy);
        }
    }

    /** Every entry in the journal, oldest first; none if there is no journal. */
    public List<DeletionLog.Entry> read() {
        return read(file);
    }

    public static List<DeletionLog.Entry> read(Path journal) {
        List<DeletionLog.Entry> entries = new ArrayList<>();
        if (!Files.exists(journal)) {
            return entries;
        }
        try (BufferedReader reader = Files.newBufferedReader(journal, StandardCharsets.UTF_8)) {
            String text;
            while ((text = reader.readLine()) != null) {
                if (text.isBlank()) {
                    continue;
                }
                Line line = JSON.readValue(text, Line.class);
                entries.add(new DeletionLog.Entry(line.id(), new SubjectId(line.subject()), line.deleted(), line.kept(),
                        line.rule(), line.keyDestroyed(), Instant.parse(line.erasedAt())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The deletion journal " + journal + " cannot be read", e);
        }
        return entries;
    }

    public Path file() {
        return file;
    }

    /** Appends entries in the journal's format to any file, forced to disk (the key backup's copy of the log). */
    public static void appendTo(Path file, List<DeletionLog.Entry> entries) throws IOException {
        StringBuilder text = new StringBuilder();
        entries.forEach(entry -> text.append(JSON.writeValueAsString(new Line(entry.id(), entry.subject().value(),
                entry.deleted(), entry.kept(), entry.rule(), entry.keyDestroyed(), entry.erasedAt().toString()))).append('\n'));
        Files.createDirectories(file.getParent());
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
            ByteBuffer bytes = ByteBuffer.wrap(text.toString().getBytes(StandardCharsets.UTF_8));
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
            channel.force(true);
        }
    }

    private synchronized void write(List<DeletionLog.Entry> entries) {
        try {
            appendTo(file, entries);
        } catch (IOException e) {
            // The erasure itself has happened and is in the database's log; only its copy is missing.
            // The backup health shows it (the journal is checked at every backup).
            log.error("Could not append {} erasure(s) to the deletion journal {}: {}", entries.size(), file, e.getMessage());
        }
    }
}

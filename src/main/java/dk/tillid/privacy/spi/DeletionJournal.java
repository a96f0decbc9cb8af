package dk.tillid.privacy.spi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;

import dk.tillid.privacy.SubjectId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * A copy of the deletion log outside the database, one JSON line per erasure, so that erasures made
 * after the last backup survive losing the database: a restore replays them. It lives beside the
 * key backups (another disk or host, shared by every instance) and holds no personal data, only what
 * the log itself holds.
 * <p>
 * Each instance appends to a file of its own in that directory ({@code deletion-journal-<host>.jsonl}),
 * so that two instances never write into one file; a restore reads them all. Lines are appended after
 * the erasure's transaction commits (a rolled-back erasure is no erasure), before any other work
 * that follows the commit, and forced to disk before the call returns. A failed append is kept for
 * the backup health to report: the erasure stands, but its copy outside the database is missing.
 */
@Component
public class DeletionJournal {

    static final String PREFIX = "deletion-journal";
    static final String SUFFIX = ".jsonl";

    private static final Logger log = LoggerFactory.getLogger(DeletionJournal.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One line of the journal: the deletion-log entry, with the time as ISO-8601 UTC. */
    record Line(long id, UUID subject, List<String> deleted, List<String> kept, String rule, boolean keyDestroyed,
                String erasedAt) {
    }

    private final Path directory;
    private final Path file;
    private volatile Instant failedAt;

    DeletionJournal(@Value("${tillid.backup.key-directory}") Path directory) {
        this.directory = directory.toAbsolutePath().normalize();
        this.file = this.directory.resolve(PREFIX + "-" + instanceName() + SUFFIX);
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

                /** First after the commit: a later callback that throws (a file that cannot be deleted) must not skip it. */
                @Override
                public int getOrder() {
                    return Ordered.HIGHEST_PRECEDENCE;
                }
            });
        } else {
            write(copy);
        }
    }

    /** Every entry in every instance's journal, once each, in the order of the log. */
    public List<DeletionLog.Entry> read() {
        Map<Long, DeletionLog.Entry> entries = new TreeMap<>();
        for (Path journal : files()) {
            read(journal).forEach(entry -> entries.putIfAbsent(entry.id(), entry));
        }
        return List.copyOf(entries.values());
    }

    /** The journal files found (none if the directory is missing: a restore says so). */
    public List<Path> files() {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> found = Files.list(directory)) {
            return found.filter(path -> path.getFileName().toString().startsWith(PREFIX)
                    && path.getFileName().toString().endsWith(SUFFIX) && Files.isRegularFile(path)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("The deletion journal's directory " + directory + " cannot be read", e);
        }
    }

    /**
     * The entries of one journal file. A last line cut short (the power went during an append) is
     * skipped with a warning: its erasure is also in the database's log, or never committed. A bad
     * line before the last stops the reading, naming the line.
     */
    public static List<DeletionLog.Entry> read(Path journal) {
        List<DeletionLog.Entry> entries = new ArrayList<>();
        if (!Files.exists(journal)) {
            return entries;
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(journal, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("The deletion journal " + journal + " cannot be read", e);
        }
        for (int number = 1; number <= lines.size(); number++) {
            String text = lines.get(number - 1);
            if (text.isBlank()) {
                continue;
            }
            try {
                Line line = JSON.readValue(text, Line.class);
                entries.add(new DeletionLog.Entry(line.id(), new SubjectId(line.subject()), line.deleted(), line.kept(),
                        line.rule(), line.keyDestroyed(), Instant.parse(line.erasedAt())));
            } catch (RuntimeException unreadable) { // JacksonException, a bad UUID or time
                if (number < lines.size()) {
                    throw new IllegalStateException("Line " + number + " of the deletion journal " + journal
                            + " cannot be read; repair or remove that line and restore again");
                }
                log.warn("The last line of the deletion journal {} is cut short and was skipped", journal);
            }
        }
        return entries;
    }

    /** This instance's journal file. */
    public Path file() {
        return file;
    }

    /** When an append last failed, if one did since this instance started. */
    public Optional<Instant> failedAt() {
        return Optional.ofNullable(failedAt);
    }

    /** Appends entries in the journal's format to any file, forced to disk, readable by the owner only. */
    public static void appendTo(Path file, List<DeletionLog.Entry> entries) throws IOException {
        StringBuilder text = new StringBuilder();
        entries.forEach(entry -> text.append(JSON.writeValueAsString(new Line(entry.id(), entry.subject().value(),
                entry.deleted(), entry.kept(), entry.rule(), entry.keyDestroyed(), entry.erasedAt().toString()))).append('\n'));
        OwnerOnly.createDirectories(file.getParent());
        if (!Files.exists(file)) {
            OwnerOnly.createFile(file);
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
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
        } catch (IOException | RuntimeException e) {
            // The erasure itself has happened and is in the database's log; only its copy is missing.
            failedAt = Instant.now();
            log.error("Could not append {} erasure(s) to the deletion journal {}: {}", entries.size(), file, e.getMessage());
        }
    }

    /** The host's name, as a file name: a journal per instance, stable across restarts. */
    private static String instanceName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            host = "localhost";
        }
        String name = host.replaceAll("[^A-Za-z0-9.-]", "_");
        return name.isEmpty() || name.startsWith(".") ? "host" : name;
    }

    /** Files and directories of backups and journals: readable by the owner only, whatever the umask. */
    public static final class OwnerOnly {

        private OwnerOnly() {
        }

        public static void createDirectories(Path directory) throws IOException {
            if (!Files.isDirectory(directory)) {
                Files.createDirectories(directory);
            }
            restrict(directory, "rwx------");
        }

        public static void createFile(Path file) throws IOException {
            Files.createFile(file);
            restrict(file, "rw-------");
        }

        /** Restricts an existing file or directory; on a file system without POSIX permissions, nothing. */
        public static void restrict(Path path, String permissions) throws IOException {
            try {
                Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
            } catch (UnsupportedOperationException notPosix) {
                // Windows and the like: the directory's own ACL decides.
            }
        }
    }
}

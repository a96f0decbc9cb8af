package dk.tillid.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import dk.tillid.platform.AgencyTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Takes a backup (by the schedule, the {@code --backup} command or an administrator), proves it by
 * a restore into a scratch database, records both, and deletes backups older than the keep period.
 * One instance of several does it: the others find the session lock taken and leave it.
 */
@Service
class Backups {

    static final String NAME_PREFIX = "backup-";
    /** The session-level advisory lock that says "a backup is being taken" (any constant will do). */
    static final long LOCK = 0x54494c4c4944424bL;
    private static final DateTimeFormatter NAME_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final Logger log = LoggerFactory.getLogger(Backups.class);

    private final BackupProperties properties;
    private final DatabaseAccess access;
    private final BackupWriter writer;
    private final BackupVerifier verifier;
    private final BackupRuns runs;
    private final KeyBackups keyBackups;
    private final Clock clock;

    Backups(BackupProperties properties, DatabaseAccess access, BackupWriter writer, BackupVerifier verifier,
            BackupRuns runs, KeyBackups keyBackups, Clock clock) {
        this.properties = properties;
        this.access = access;
        this.writer = writer;
        this.verifier = verifier;
        this.runs = runs;
        this.keyBackups = keyBackups;
        this.clock = clock;
    }

    /** The run, as recorded; empty if another instance is taking a backup right now. */
    Optional<BackupRuns.Run> backUp(BackupRuns.Trigger trigger) {
        Instant started = clock.instant();
        try (Connection connection = access.owner().connect()) {
            if (!tryLock(connection)) {
                log.info("A backup is already being taken by another instance; this one leaves it");
                return Optional.empty();
            }
            String name = freeName(started);
            UUID id = runs.started(name, trigger, started);
            try {
                BackupWriter.Written written = writer.write(connection, properties.directory(), name, started);
                runs.taken(id, written.sizeBytes(), written.manifest().tables().size(), written.manifest().rows(), clock.instant());
                log.info("Backup {} taken: {} tables, {} rows, {} documents", name, written.manifest().tables().size(),
                        written.manifest().rows(), written.manifest().documents().size());
                BackupVerifier.Result result = verifier.verify(written.directory());
                runs.verified(id, result.verification(), result.problem());
                log.info("Backup {}: {}", name, result.verification());
                deleteExpired();
            } catch (Exception e) {
                String problem = BackupFailure.describe(e);
                log.error("Backup {} failed: {}", name, problem);
                runs.failed(id, problem, clock.instant());
                forgetPartial(name);
            }
            return runs.find(id);
        } catch (SQLException e) {
            log.error("No backup: the database cannot be reached as its owner ({})", BackupFailure.describe(e));
            return Optional.empty();
        }
    }

    /**
     * A failed backup leaves nothing behind (a half-written dump is data in clear that serves no one),
     * and the expired ones still go: a disk that filled up must not stay full.
     */
    private void forgetPartial(String name) {
        try {
            for (Path partial : List.of(properties.directory().resolve(name + ".partial"),
                    keyBackups.directory().resolve(name + ".partial"))) {
                if (Files.exists(partial)) {
                    deleteTree(partial);
                }
            }
            deleteExpired();
        } catch (IOException e) {
            log.error("The failed backup {} could not be cleared away: {}", name, BackupFailure.describe(e));
        }
    }

    List<BackupRuns.Run> latest(int limit) {
        return runs.latest(limit);
    }

    /** Backups (and key backups) older than the keep period; the newest good one always stays. */
    void deleteExpired() throws IOException {
        Instant oldestKept = AgencyTime.today(clock).minus(properties.keep()).atStartOfDay(AgencyTime.ZONE).toInstant();
        String oldestName = NAME_PREFIX + NAME_TIME.format(oldestKept);
        Path directory = properties.directory();
        if (!Files.isDirectory(directory)) {
            return;
        }
        Optional<Path> newest;
        List<Path> all;
        try (Stream<Path> entries = Files.list(directory)) {
            all = entries.filter(Files::isDirectory).filter(path -> path.getFileName().toString().startsWith(NAME_PREFIX)).toList();
        }
        // The newest backup a scratch restore proved good stays, however old; failing that, the newest complete one.
        Optional<String> verified = runs.newestVerified();
        newest = all.stream().filter(path -> verified.map(name -> path.getFileName().toString().equals(name)).orElse(false))
                .findFirst()
                .or(() -> all.stream().filter(path -> Files.exists(path.resolve(Manifest.FILE_NAME)))
                        .max(Comparator.comparing(path -> path.getFileName().toString())));
        for (Path old : all) {
            if (old.getFileName().toString().compareTo(oldestName) < 0 && !old.equals(newest.orElse(null))) {
                deleteTree(old);
                log.info("Backup {} deleted: older than {}", old.getFileName(), properties.keep());
            }
        }
    }

    static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    private String freeName(Instant at) {
        String name = NAME_PREFIX + NAME_TIME.format(at);
        String candidate = name;
        for (int n = 2; Files.exists(properties.directory().resolve(candidate))
                || Files.exists(keyBackups.directory().resolve(candidate)); n++) {
            candidate = name + "-" + n;
        }
        return candidate;
    }

    /** Held by this connection until it closes; a crashed instance's lock goes with its connection. */
    private static boolean tryLock(Connection connection) throws SQLException {
        try (Statement sql = connection.createStatement();
             ResultSet locked = sql.executeQuery("SELECT pg_try_advisory_lock(" + LOCK + ")")) {
            locked.next();
            return locked.getBoolean(1);
        }
    }
}

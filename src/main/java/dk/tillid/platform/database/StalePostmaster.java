package dk.tillid.platform.database;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds and stops a PostgreSQL server that still runs on our data directory although the JVM that
 * started it is gone (a {@code kill -9}, a crash). Without this the next start fails on
 * {@code postmaster.pid}, or talks to the old server.
 * <p>
 * It fails closed: a process is only stopped when it provably is the postmaster of this very
 * directory (its working directory is the data directory, it belongs to us, and it started when
 * {@code postmaster.pid} says), and it is stopped with PostgreSQL's fast shutdown, never SIGKILL.
 */
final class StalePostmaster {

    /** The lock file zonky holds for as long as a JVM uses the data directory. */
    static final String OWNER_LOCK_FILE = "epg-lock";

    private static final Logger log = LoggerFactory.getLogger(StalePostmaster.class);
    private static final Duration START_TIME_TOLERANCE = Duration.ofSeconds(5);

    private StalePostmaster() {
    }

    /**
     * Stops an orphaned postmaster of {@code dataDirectory}, if there is one.
     *
     * @return the pid of the server that was stopped
     * @throws IllegalStateException if a live application still owns the directory, or the
     *                               orphan could not be stopped
     */
    static Optional<Long> stopIfOrphaned(Path dataDirectory, Duration patience) {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        Optional<ProcessHandle> postmaster = PidFile.read(pidFile)
                .flatMap(pid -> ProcessHandle.of(pid.pid()).filter(process -> isPostmasterOf(process, dataDirectory, pid)));
        if (postmaster.isEmpty()) {
            // Whatever runs under that pid now is not our server; PostgreSQL copes with a stale pid file.
            return Optional.empty();
        }
        if (ownedByLiveProcess(dataDirectory)) {
            throw new IllegalStateException("The database directory " + dataDirectory
                    + " is in use by another running Tillid. Stop it first, or configure another"
                    + " directory with tillid.database.embedded.data-directory.");
        }
        ProcessHandle process = postmaster.get();
        log.warn("Stopping an orphaned PostgreSQL server (pid {}) left running on {} by an earlier run",
                process.pid(), dataDirectory);
        stop(process, dataDirectory, patience);
        return Optional.of(process.pid());
    }

    /** The first and third line of {@code postmaster.pid}: the postmaster's pid and start time. */
    record PidFile(long pid, Instant started) {

        static Optional<PidFile> read(Path file) {
            try {
                List<String> lines = Files.readAllLines(file);
                if (lines.size() < 3) {
                    return Optional.empty();
                }
                return Optional.of(new PidFile(Long.parseLong(lines.get(0).trim()),
                        Instant.ofEpochSecond(Long.parseLong(lines.get(2).trim()))));
            } catch (IOException | NumberFormatException e) {
                return Optional.empty();
            }
        }
    }

    private static boolean isPostmasterOf(ProcessHandle process, Path dataDirectory, PidFile pidFile) {
        ProcessHandle.Info info = process.info();
        boolean ours = info.user().map(user -> user.equals(System.getProperty("user.name"))).orElse(false);
        boolean postgres = info.command().map(command -> command.endsWith("/bin/postgres")).orElse(false);
        boolean startedThen = info.startInstant()
                .map(start -> Duration.between(pidFile.started(), start).abs().compareTo(START_TIME_TOLERANCE) <= 0)
                .orElse(false);
        return ours && postgres && startedThen && workingDirectoryIs(process, dataDirectory);
    }

    /** The postmaster changes into its data directory; Linux shows that as /proc/pid/cwd. */
    private static boolean workingDirectoryIs(ProcessHandle process, Path dataDirectory) {
        try {
            Path cwd = Files.readSymbolicLink(Path.of("/proc", Long.toString(process.pid()), "cwd"));
            return cwd.toRealPath().equals(dataDirectory.toRealPath());
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    /** The owner lock is an OS file lock: it vanishes with the process that held it. */
    private static boolean ownedByLiveProcess(Path dataDirectory) {
        Path lockFile = dataDirectory.resolve(OWNER_LOCK_FILE);
        if (!Files.exists(lockFile)) {
            return false;
        }
        try (RandomAccessFile file = new RandomAccessFile(lockFile.toFile(), "rw");
             FileLock lock = file.getChannel().tryLock()) {
            return lock == null;
        } catch (OverlappingFileLockException e) {
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * SIGINT is PostgreSQL's "fast" shutdown, what {@code pg_ctl stop -m fast} sends (pg_ctl itself
     * refuses to run as root, and the embedded server may run as root). Never SIGKILL: a killed
     * postmaster leaves shared memory and children behind.
     */
    private static void stop(ProcessHandle postmaster, Path dataDirectory, Duration patience) {
        try {
            Process signal = new ProcessBuilder("kill", "-INT", Long.toString(postmaster.pid()))
                    .redirectErrorStream(true).start();
            if (signal.waitFor(5, TimeUnit.SECONDS) && signal.exitValue() == 0) {
                postmaster.onExit().get(patience.toMillis(), TimeUnit.MILLISECONDS);
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            log.warn("The orphaned server did not stop: {}", e.getMessage());
        }
        throw new IllegalStateException("Could not stop the orphaned PostgreSQL server (pid " + postmaster.pid()
                + ") on " + dataDirectory + ". Stop it by hand, then start Tillid again.");
    }
}

package dk.tillid.platform.database;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds and stops a PostgreSQL server that still runs on our data directory although the JVM that
 * started it is gone (a {@code kill -9}, a crash, a power-cut laptop lid). Without this the next
 * start fails on {@code postmaster.pid} or, worse, talks to the old server.
 */
final class StalePostmaster {

    /** The lock file zonky holds for as long as a JVM uses the data directory. */
    static final String OWNER_LOCK_FILE = "epg-lock";

    private static final Logger log = LoggerFactory.getLogger(StalePostmaster.class);

    private StalePostmaster() {
    }

    /**
     * Stops an orphaned postmaster of {@code dataDirectory}, if there is one.
     *
     * @return the pid of the server that was stopped
     * @throws IllegalStateException if a live process of ours still owns the directory
     */
    static Optional<Long> stopIfOrphaned(Path dataDirectory, Duration patience) {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        Optional<ProcessHandle> postmaster = readPid(pidFile).flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)
                .filter(process -> isPostgresOf(process, dataDirectory));
        if (postmaster.isEmpty()) {
            // The server died with its owner; PostgreSQL copes with a dead pid file on its own.
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
        stop(process, patience);
        return Optional.of(process.pid());
    }

    private static Optional<Long> readPid(Path pidFile) {
        try {
            List<String> lines = Files.readAllLines(pidFile);
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean isPostgresOf(ProcessHandle process, Path dataDirectory) {
        ProcessHandle.Info info = process.info();
        boolean isPostgres = info.command().map(command -> command.endsWith("/postgres")).orElse(true);
        boolean namesOtherDirectory = info.arguments()
                .map(arguments -> String.join(" ", arguments))
                .map(arguments -> arguments.contains("-D") && !arguments.contains(dataDirectory.toString()))
                .orElse(false);
        return isPostgres && !namesOtherDirectory;
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

    private static void stop(ProcessHandle postmaster, Duration patience) {
        // SIGTERM is PostgreSQL's "smart" shutdown; the dead JVM's connections are already closed.
        postmaster.destroy();
        if (awaitExit(postmaster, patience)) {
            return;
        }
        log.warn("The orphaned PostgreSQL server did not stop within {}; killing it", patience);
        postmaster.descendants().forEach(ProcessHandle::destroyForcibly);
        postmaster.destroyForcibly();
        if (!awaitExit(postmaster, patience)) {
            throw new IllegalStateException("Could not stop the orphaned PostgreSQL server, pid " + postmaster.pid());
        }
    }

    private static boolean awaitExit(ProcessHandle process, Duration patience) {
        try {
            process.onExit().get(patience.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException e) {
            return !process.isAlive();
        }
    }
}

package dk.tillid.privacy.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.NonTransientDataAccessException;
import org.springframework.stereotype.Component;

/**
 * Reads are recorded off the reader's path: queued here and sealed into the chain in batches a few
 * milliseconds later, so that auditing a read costs the reader almost nothing. Nothing is dropped
 * quietly: a full queue makes readers wait, an unreachable database makes the writer retry, and the
 * buffer stops only after the web server, writing what is left; reads after that are written at
 * once. Changes never come here; they are recorded in their own transaction.
 */
@Component
class AuditBuffer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(AuditBuffer.class);
    private static final int CAPACITY = 50_000;
    private static final int BATCH = 1_000;
    /** How long the writer lets a batch fill after its first entry: at most ~100 blocks a second. */
    private static final long LINGER_MILLIS = 10;
    /** Stop after the web server (and its graceful shutdown), so that no request's reads are left behind. */
    private static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 4096;
    private static final int SHUTDOWN_ATTEMPTS = 10;

    private final BlockingQueue<AuditEntry> queue = new ArrayBlockingQueue<>(CAPACITY);
    private final ReentrantLock writing = new ReentrantLock();
    private final AuditRepository repository;
    private final AuditSealer sealer;
    private volatile boolean running;
    private Thread writer;

    AuditBuffer(AuditRepository repository, AuditSealer sealer) {
        this.repository = repository;
        this.sealer = sealer;
    }

    void add(AuditEntry entry) {
        if (!running) {
            sealer.sealDirectly(List.of(entry));
            return;
        }
        try {
            queue.put(entry);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            sealer.sealDirectly(List.of(entry));
        }
    }

    /** Writes everything queued so far, including a batch the writer is busy with. */
    void flush() {
        writing.lock();
        try {
            List<AuditEntry> batch = new ArrayList<>();
            while (queue.drainTo(batch, BATCH) > 0) {
                seal(batch);
                batch.clear();
            }
        } finally {
            writing.unlock();
        }
    }

    private void writeContinuously() {
        while (running || !queue.isEmpty()) {
            List<AuditEntry> batch = new ArrayList<>(BATCH);
            writing.lock();
            try {
                AuditEntry first = queue.poll(20, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                // Without this wait every enqueued read would wake the writer and become a block of its own.
                if (queue.size() < BATCH - 1) {
                    TimeUnit.MILLISECONDS.sleep(LINGER_MILLIS);
                }
                queue.drainTo(batch, BATCH - 1);
            } catch (InterruptedException e) {
                queue.drainTo(batch, BATCH - batch.size());
            } finally {
                try {
                    if (!batch.isEmpty()) {
                        seal(batch);
                    }
                } finally {
                    writing.unlock();
                }
            }
        }
    }

    /**
     * Seals a batch, waiting out an unreachable database. A batch the database refuses for good
     * (a bug, not an outage) goes to the pending table instead, to be sealed with the changes.
     */
    private void seal(List<AuditEntry> batch) {
        int attempt = 0;
        while (true) {
            try {
                sealer.sealDirectly(batch);
                return;
            } catch (NonTransientDataAccessException refused) {
                log.error("The chain refused {} audit entries ({}); they wait in audit_pending", batch.size(),
                        refused.getMessage());
                repository.insertPending(batch);
                return;
            } catch (RuntimeException unreachable) {
                attempt++;
                if (!running && attempt > SHUTDOWN_ATTEMPTS) {
                    log.error("LOST {} audit entries: the database stayed unreachable while Tillid shut down", batch.size());
                    return;
                }
                if (attempt == 1 || attempt % 60 == 0) {
                    log.error("Could not seal {} audit entries; retrying every second: {}", batch.size(),
                            unreachable.getMessage());
                }
                try {
                    TimeUnit.SECONDS.sleep(1);
                } catch (InterruptedException shuttingDown) {
                    // The flag is cleared; keep trying, a bounded number of times once stopped.
                }
            }
        }
    }

    @Override
    public void start() {
        running = true;
        writer = new Thread(this::writeContinuously, "audit-writer");
        writer.setDaemon(true);
        writer.start();
    }

    @Override
    public void stop() {
        running = false;
        if (writer != null) {
            writer.interrupt();
            try {
                writer.join(30_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        flush();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }
}

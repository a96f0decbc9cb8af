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
import org.springframework.stereotype.Component;

/**
 * Reads are recorded off the reader's path: queued here and sealed into the chain in batches a few
 * milliseconds later, so that auditing a read costs the reader almost nothing. Nothing is ever dropped: a full
 * queue makes readers wait, a failing database makes the writer retry, and a shutdown writes what
 * is left. Changes never come here; they are recorded in their own transaction.
 */
@Component
class AuditBuffer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(AuditBuffer.class);
    private static final int CAPACITY = 50_000;
    private static final int BATCH = 1_000;
    /** How long the writer lets a batch fill after its first entry: at most ~100 blocks a second. */
    private static final long LINGER_MILLIS = 10;

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
        try {
            queue.put(entry);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            repository.insertPending(List.of(entry));
        }
    }

    /** Writes everything queued so far, including a batch the writer is busy with. */
    void flush() {
        writing.lock();
        try {
            List<AuditEntry> batch = new ArrayList<>();
            while (queue.drainTo(batch, BATCH) > 0) {
                sealer.sealDirectly(batch);
                batch.clear();
            }
        } finally {
            writing.unlock();
        }
    }

    private void writeContinuously() {
        List<AuditEntry> batch = new ArrayList<>(BATCH);
        while (running || !queue.isEmpty()) {
            writing.lock();
            try {
                AuditEntry first = queue.poll(20, TimeUnit.MILLISECONDS);
                if (first != null) {
                    // Without this wait every enqueued read would wake the writer and become a block of its own.
                    if (queue.size() < BATCH - 1) {
                        TimeUnit.MILLISECONDS.sleep(LINGER_MILLIS);
                    }
                    batch.add(first);
                    queue.drainTo(batch, BATCH - 1);
                    writeWithRetry(batch);
                    batch.clear();
                }
            } catch (InterruptedException e) {
                if (!running) {
                    break;
                }
            } finally {
                writing.unlock();
            }
        }
    }

    private void writeWithRetry(List<AuditEntry> batch) throws InterruptedException {
        while (true) {
            try {
                sealer.sealDirectly(batch);
                return;
            } catch (RuntimeException e) {
                log.error("Could not write {} audit entries; retrying in a second: {}", batch.size(), e.getMessage());
                TimeUnit.SECONDS.sleep(1);
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
                writer.join(10_000);
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
}

package dk.tillid.privacy.audit;

import java.util.ArrayList;
import java.util.List;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves pending entries into the chain, a batch at a time, in one transaction per batch and under
 * a database lock, so that several instances never fork the chain.
 */
@Component
class AuditSealer {

    static final int BATCH = 2_000;

    private final AuditRepository repository;
    private final TransactionTemplate transactions;

    AuditSealer(AuditRepository repository, TransactionTemplate transactions) {
        this.repository = repository;
        this.transactions = transactions;
    }

    @Scheduled(fixedDelayString = "${tillid.audit.seal-interval:1s}")
    void sealPeriodically() {
        sealAll();
    }

    /** Seals until nothing visible is pending; returns how many entries were sealed. */
    int sealAll() {
        int total = 0;
        int sealed;
        do {
            sealed = transactions.execute(status -> sealBatch());
            total += sealed;
        } while (sealed == BATCH);
        return total;
    }

    private int sealBatch() {
        if (!repository.trySealerLock()) {
            return 0;
        }
        List<AuditRepository.Pending> pending = repository.pending(BATCH);
        if (pending.isEmpty()) {
            return 0;
        }
        AuditRepository.Head head = repository.head();
        long position = head.position();
        byte[] previous = head.hash();
        List<AuditRepository.Sealed> rows = new ArrayList<>(pending.size());
        for (AuditRepository.Pending entry : pending) {
            position++;
            byte[] hash = AuditChain.link(previous, position, entry.entry());
            rows.add(new AuditRepository.Sealed(position, entry.entry(), previous, hash));
            previous = hash;
        }
        repository.appendSealed(rows);
        repository.deletePending(pending.stream().map(AuditRepository.Pending::id).toList());
        return pending.size();
    }
}

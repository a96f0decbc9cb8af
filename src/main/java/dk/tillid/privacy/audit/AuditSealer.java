package dk.tillid.privacy.audit;

import java.time.Clock;
import java.util.HexFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seals entries into the chain, a block per batch: pending changes first, then buffered reads. One
 * transaction per block, under a database lock, so that several instances never fork the chain.
 */
@Component
class AuditSealer {

    static final int BATCH = 2_000;
    /** How often the head of the chain also goes to the log, as a second anchor outside the database. */
    static final long LOG_ANCHOR_EVERY = 10_000;
    private static final Logger log = LoggerFactory.getLogger(AuditSealer.class);

    private final AuditRepository repository;
    private final AuditAnchor anchor;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private volatile UUID chainId;

    AuditSealer(AuditRepository repository, AuditAnchor anchor, PlatformTransactionManager transactionManager,
                Clock clock) {
        this.repository = repository;
        this.anchor = anchor;
        // Always a transaction of its own: sealing must neither join nor wait for a caller's.
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    UUID chainId() {
        UUID known = chainId;
        if (known == null) {
            known = repository.chainId();
            chainId = known;
        }
        return known;
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
            sealed = Math.max(0, transactions.execute(status -> sealBatch(List.of())));
            total += sealed;
        } while (sealed == BATCH);
        return total;
    }

    /**
     * Seals entries that never touched the pending table (buffered reads), after whatever is
     * pending: one write each instead of two. If another instance holds the chain, they wait in
     * the pending table like everything else.
     */
    void sealDirectly(List<AuditEntry> fresh) {
        transactions.executeWithoutResult(status -> {
            if (sealBatch(fresh) < 0) {
                repository.insertPending(fresh);
            }
        });
    }

    /** Returns how many pending entries were sealed, or -1 if another instance holds the chain. */
    private int sealBatch(List<AuditEntry> fresh) {
        if (!repository.trySealerLock()) {
            return -1;
        }
        List<AuditRepository.Pending> pending = repository.pending(BATCH);
        if (pending.isEmpty() && fresh.isEmpty()) {
            return 0;
        }
        List<AuditEntry> entries = new ArrayList<>(pending.size() + fresh.size());
        pending.forEach(row -> entries.add(row.entry()));
        entries.addAll(fresh);
        UUID chain = chainId();
        AuditRepository.Head head = repository.head(chain);
        long first = head.lastPosition() + 1;
        long last = first + entries.size() - 1;
        byte[] encoded = AuditChain.encode(entries);
        byte[] hash = AuditChain.link(head.hash(), first, encoded);
        repository.appendBlock(new AuditRepository.Block(first, last, subjectsOf(entries), actorsOf(entries), encoded,
                head.hash(), hash), clock.instant());
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                anchor.record(chain, last, hash);
                if (first / LOG_ANCHOR_EVERY != (last + 1) / LOG_ANCHOR_EVERY) {
                    log.info("Audit chain anchor: position {} hash {}", last, HexFormat.of().formatHex(hash));
                }
            }
        });
        if (!pending.isEmpty()) {
            repository.deletePending(pending.stream().map(AuditRepository.Pending::id).toList());
        }
        return pending.size();
    }

    static List<UUID> subjectsOf(List<AuditEntry> entries) {
        return entries.stream().map(AuditEntry::subject).filter(Objects::nonNull).distinct().sorted().toList();
    }

    static List<String> actorsOf(List<AuditEntry> entries) {
        return entries.stream().map(entry -> entry.actor().id()).distinct().sorted().toList();
    }
}

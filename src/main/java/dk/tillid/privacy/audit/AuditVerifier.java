package dk.tillid.privacy.audit;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

/**
 * Walks the sealed trail from its first block and reports the first broken link: a block changed
 * (its entries, or the index columns that find them), removed, or out of order. Reads in batches,
 * so it runs in constant memory.
 */
@Component
class AuditVerifier {

    private static final int BATCH = 1_000;

    private final AuditRepository repository;
    private final AuditSealer sealer;
    private final AuditAnchor anchor;

    AuditVerifier(AuditRepository repository, AuditSealer sealer, AuditAnchor anchor) {
        this.repository = repository;
        this.sealer = sealer;
        this.anchor = anchor;
    }

    /** How a link can be broken. */
    enum Break {
        MISSING("the row is missing"),
        UNLINKED("the row does not link to the row before it: one of them was changed or replaced"),
        CHANGED("the row was changed after it was sealed");

        final String description;

        Break(String description) {
            this.description = description;
        }
    }

    /** The outcome; {@code problem} is null when the chain is whole. */
    record Verification(long rowsChecked, String headHash, Long brokenAt, Break problem) {

        boolean intact() {
            return problem == null;
        }
    }

    Verification verify() {
        UUID chain = sealer.chainId();
        // Read first: blocks sealed while we walk come after it and cannot make the result wrong.
        Optional<AuditAnchor.Head> anchored = anchor.read(chain);
        long expected = 1;
        long blocks = 0;
        byte[] previous = AuditChain.genesis(chain);
        long checked = 0;
        List<AuditRepository.Block> batch;
        do {
            batch = repository.blocksAfter(expected - 1, BATCH);
            for (AuditRepository.Block block : batch) {
                if (block.firstPosition() != expected) {
                    return broken(checked, previous, expected, Break.MISSING);
                }
                if (!Arrays.equals(block.previousHash(), previous)) {
                    return broken(checked, previous, expected, Break.UNLINKED);
                }
                byte[] hash = AuditChain.link(previous, block.firstPosition(), block.entries());
                if (!Arrays.equals(hash, block.hash()) || !consistent(block)) {
                    return broken(checked, previous, expected, Break.CHANGED);
                }
                if (anchored.isPresent() && anchored.get().lastPosition() == block.lastPosition()
                        && !Arrays.equals(anchored.get().hash(), hash)) {
                    return broken(checked, previous, expected, Break.CHANGED);
                }
                previous = hash;
                blocks++;
                checked += block.lastPosition() - block.firstPosition() + 1;
                expected = block.lastPosition() + 1;
            }
        } while (batch.size() == BATCH);
        // A chain alone cannot see its newest blocks cut off; the anchor outside the database can.
        if (anchored.isPresent() && expected <= anchored.get().lastPosition()) {
            return broken(checked, previous, expected, Break.MISSING);
        }
        // Every block must be one the walk passed: none beside, over or after the chain.
        if (repository.blocksBefore(expected) != blocks) {
            return broken(checked, previous, expected, Break.UNLINKED);
        }
        return new Verification(checked, HexFormat.of().formatHex(previous), null, null);
    }

    /** The block's count and index columns must say what its (hashed) entries say. */
    private static boolean consistent(AuditRepository.Block block) {
        try {
            List<AuditEntry> entries = AuditChain.decode(block.entries());
            return entries.size() == block.lastPosition() - block.firstPosition() + 1
                    && AuditSealer.subjectsOf(entries).equals(block.subjects().stream().sorted().toList())
                    && AuditSealer.actorsOf(entries).equals(block.actors().stream().sorted().toList());
        } catch (RuntimeException unreadable) {
            return false;
        }
    }

    private static Verification broken(long checked, byte[] previous, long position, Break problem) {
        return new Verification(checked, HexFormat.of().formatHex(previous), position, problem);
    }
}

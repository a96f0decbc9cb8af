package dk.tillid.privacy.audit;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * Walks the sealed trail from its first row and reports the first broken link: a row changed, a
 * row removed, or rows out of order. Reads in batches, so it runs in constant memory.
 */
@Component
class AuditVerifier {

    private static final int BATCH = 10_000;

    private final AuditRepository repository;

    AuditVerifier(AuditRepository repository) {
        this.repository = repository;
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
        long expected = 1;
        byte[] previous = AuditChain.GENESIS;
        long checked = 0;
        List<AuditRepository.Sealed> batch;
        do {
            batch = repository.sealedAfter(expected - 1, BATCH);
            for (AuditRepository.Sealed row : batch) {
                if (row.position() != expected) {
                    return broken(checked, previous, expected, Break.MISSING);
                }
                if (!Arrays.equals(row.previousHash(), previous)) {
                    return broken(checked, previous, expected, Break.UNLINKED);
                }
                byte[] hash = AuditChain.link(previous, row.position(), row.entry());
                if (!Arrays.equals(hash, row.hash())) {
                    return broken(checked, previous, expected, Break.CHANGED);
                }
                previous = hash;
                expected++;
                checked++;
            }
        } while (batch.size() == BATCH);
        return new Verification(checked, HexFormat.of().formatHex(previous), null, null);
    }

    private static Verification broken(long checked, byte[] previous, long position, Break problem) {
        return new Verification(checked, HexFormat.of().formatHex(previous), position, problem);
    }
}

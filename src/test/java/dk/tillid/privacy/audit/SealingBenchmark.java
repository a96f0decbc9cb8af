package dk.tillid.privacy.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import dk.tillid.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** How fast entries are hashed and appended to the chain, without readers: the audit writer's own cost. */
@IntegrationTest
class SealingBenchmark {

    @Autowired
    AuditSealer sealer;

    @Test
    void sealingThroughput() {
        List<UUID> subjects = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            subjects.add(UUID.randomUUID());
        }
        for (int batchSize : new int[] {100, 500, 1000}) {
            int total = 40_000;
            long start = System.nanoTime();
            for (int done = 0; done < total; done += batchSize) {
                List<AuditEntry> batch = new ArrayList<>(batchSize);
                for (int i = 0; i < batchSize; i++) {
                    batch.add(new AuditEntry(Instant.now(), Actor.staff("bench"), subjects.get((done + i) % subjects.size()),
                            List.of("P-DATA-1", "P-DATA-REL"), "P-PUR-3", AuditAction.READ, null));
                }
                sealer.sealDirectly(batch);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "sealing in batches of %d: %.0f entries/s (%.1f µs each)%n", batchSize,
                    total / seconds, seconds * 1e6 / total);
        }
    }
}

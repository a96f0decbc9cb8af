package dk.tillid.privacy.audit;

import java.util.Locale;
import java.util.UUID;

import dk.tillid.IntegrationTest;
import dk.tillid.policy.Policy;
import dk.tillid.policy.PurposeId;
import dk.tillid.privacy.SubjectId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The parts of recording a read, each timed alone. */
@IntegrationTest
class AuditReadPathBenchmark {

    @Autowired
    AuditTrail audit;

    @Autowired
    Policy policy;

    @Test
    void partsOfARead() {
        SubjectId subject = new SubjectId(UUID.randomUUID());
        int n = 200_000;
        time("policy.allows x2", n, () -> {
            policy.allows(PurposeId.SUITABILITY, "P-DATA-1");
            policy.allows(PurposeId.SUITABILITY, "P-DATA-REL");
        });
        time("currentActor", n, () -> audit.currentActor());
        time("audit.read (whole)", n, () -> audit.read(subject, PurposeId.SUITABILITY, "P-DATA-1", "P-DATA-REL"));
        audit.flush();
    }

    private static void time(String what, int n, Runnable action) {
        for (int i = 0; i < 20_000; i++) {
            action.run();
        }
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            action.run();
        }
        System.out.printf(Locale.ROOT, "%-22s %.2f µs each%n", what, (System.nanoTime() - start) / 1e3 / n);
    }
}

package dk.tillid.person;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import dk.tillid.IntegrationTest;
import dk.tillid.bench.BenchmarkTable;
import dk.tillid.bench.CpuMeter;
import dk.tillid.platform.database.EmbeddedPostgresServer;
import dk.tillid.demo.DanishPeople;
import dk.tillid.policy.PurposeId;
import dk.tillid.privacy.audit.AuditTrail;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What auditing costs a read: a person's record read through the module API (audited) against the
 * same read without the audit call, in the same transaction shape, interleaved in rounds so that
 * warm-up and drift hit both alike. Run with {@code ./mvnw -Pbench verify -Dtest=PersonReadAuditBenchmark}.
 */
@IntegrationTest
class PersonReadAuditBenchmark {

    @Autowired
    Persons persons;

    @Autowired
    PersonRepository repository;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    AuditTrail audit;

    @Autowired
    EmbeddedPostgresServer database;

    @Test
    void auditCostOfReadingAPerson() throws Exception {
        int people = BenchmarkTable.scale(5_000);
        int reads = Math.max(50_000, people * 2);
        DanishPeople generator = new DanishPeople(99);
        List<PersonId> ids = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            ids.add(persons.register(generator.next(PersonKind.CANDIDATE), PurposeId.SUITABILITY));
        }
        TransactionTemplate readOnly = new TransactionTemplate(transactions.getTransactionManager());
        readOnly.setReadOnly(true);
        Consumer<PersonId> audited = id -> persons.get(id, PurposeId.SUITABILITY);
        Consumer<PersonId> unaudited = id -> readOnly.executeWithoutResult(status -> repository.find(id).orElseThrow());
        run(ids, unaudited, reads, 1);
        run(ids, audited, reads, 1);
        audit.flush();

        CpuMeter cpu = new CpuMeter(database.dataDirectory());
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
                "%n== Reading a person through the API: audit off vs on (%d people, %d reads per run, %d runs each) ==%n"
                        + "reads/s: median of the runs. CPU: all CPU the JVM and every PostgreSQL process used over all runs,%n"
                        + "per read (audit on includes sealing and PostgreSQL's background work it causes).%n"
                        + "| threads | off reads/s | on reads/s | throughput cost | off CPU µs/read | on CPU µs/read | CPU cost |%n"
                        + "|---|---|---|---|---|---|---|%n",
                people, reads, ROUNDS));
        for (int threads = 1; threads <= 2; threads++) {
            double[] offRate = new double[ROUNDS];
            double[] onRate = new double[ROUNDS];
            double[] offCpu = new double[ROUNDS];
            double[] onCpu = new double[ROUNDS];
            for (int round = 0; round < ROUNDS; round++) {
                // Alternate who goes first, so that neither always meets the other's after-effects.
                for (boolean auditOn : round % 2 == 0 ? new boolean[] {false, true} : new boolean[] {true, false}) {
                    double before = cpu.seconds();
                    double rate = run(ids, auditOn ? audited : unaudited, reads, threads);
                    if (auditOn) {
                        audit.flush(); // the sealing this run caused is part of its cost
                    }
                    double perRead = (cpu.seconds() - before) * 1e6 / reads;
                    (auditOn ? onRate : offRate)[round] = rate;
                    (auditOn ? onCpu : offCpu)[round] = perRead;
                }
            }
            double totalOff = java.util.Arrays.stream(offCpu).sum();
            double totalOn = java.util.Arrays.stream(onCpu).sum();
            table.append(String.format(Locale.ROOT, "| %d | %.0f | %.0f | %.1f%% | %.1f | %.1f | %.1f%% |%n", threads,
                    median(offRate), median(onRate), 100 * (1 - median(onRate) / median(offRate)),
                    totalOff / ROUNDS, totalOn / ROUNDS, 100 * (totalOn / totalOff - 1)));
        }
        System.out.println(table);
    }

    static final int ROUNDS = 9;

    private static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** Reads per second over {@code reads} random reads shared among {@code threads} threads. */
    private static double run(List<PersonId> ids, Consumer<PersonId> read, int reads, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        List<Future<?>> work = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Random random = new Random(t);
            work.add(pool.submit(() -> {
                for (int i = 0; i < reads / threads; i++) {
                    read.accept(ids.get(random.nextInt(ids.size())));
                }
            }));
        }
        for (Future<?> done : work) {
            done.get();
        }
        pool.shutdown();
        return reads / ((System.nanoTime() - start) / 1e9);
    }
}

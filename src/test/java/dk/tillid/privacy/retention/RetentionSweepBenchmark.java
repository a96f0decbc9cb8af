package dk.tillid.privacy.retention;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;

import dk.tillid.IntegrationTest;
import dk.tillid.MutableClock;
import dk.tillid.bench.BenchmarkTable;
import dk.tillid.privacy.audit.AuditTrail;
import dk.tillid.privacy.spi.PersonalData;
import dk.tillid.privacy.spi.PersonalDataProvider;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * T6's figure: the retention sweep ({@link RetentionSweep#run}) erasing {@code bench.scale} due
 * candidates (default 5,000 for a quick run; the figure is at 100,000), first at a tenth of
 * the scale so that the heap can be seen not to grow with the number erased, then against a raw
 * {@code DELETE} of the same rows of as many freshly loaded candidates, in pages of the same size, in
 * the same run (no audit, no deletion log, no key tombstones). A crowd that is not due (recent
 * candidates, employees still employed) must survive. Timings are printed, not asserted; what is
 * asserted is that the due are gone from every table, logged once each, and the rest are untouched.
 * Run with {@code ./mvnw -o -Pbench verify -Dtest=RetentionSweepBenchmark -Dbench.scale=100000}.
 */
@IntegrationTest
@TestPropertySource(properties = {"tillid.retention.batch-size=" + RetentionSweepBenchmark.PAGE, "tillid.bench=retention-sweep"})
class RetentionSweepBenchmark {

    static final int PAGE = 1000;

    /** The tables a candidate has rows in, and the column naming the person; person_key counts live keys only. */
    static final String[][] TABLES = {{"person", "id"}, {"contact_event", "person_id"}, {"candidate", "person_id"},
            {"candidate_language", "person_id"}, {"candidate_match", "person_id"}, {"consent_event", "subject_id"},
            {"person_key", "subject_id"}, {"portal_sign_in", "person_id"}, {"document", "person_id"},
            {"processing_restriction", "person_id"}};

    @Autowired RetentionSweep sweep;
    @Autowired Flyway flyway;
    @Autowired JdbcClient app;
    @Autowired TransactionTemplate transactions;
    @Autowired MutableClock clock;
    @Autowired PersonalData personalData;
    @Autowired List<PersonalDataProvider> providers;
    @Autowired DueCheck check;
    @Autowired AuditTrail audit;

    JdbcClient owner;

    /** One measured erasure of {@code people} due candidates. */
    record Measured(String what, int people, long nanos, long rows, long peakAfterGc, long peakUsed, int collections,
                    String load) {

        double seconds() {
            return nanos / 1e9;
        }

        String[] cells() {
            return new String[] {what, String.format(Locale.ROOT, "%,d", people), String.format(Locale.ROOT, "%.2f", seconds()),
                    String.format(Locale.ROOT, "%,.0f", people / seconds()), String.format(Locale.ROOT, "%,d", rows),
                    String.format(Locale.ROOT, "%,.0f", rows / seconds()), mb(peakAfterGc), mb(peakUsed), String.valueOf(collections), load};
        }
    }

    @Test
    void sweepOfDueCandidates() throws Exception {
        clock.reset();
        int scale = BenchmarkTable.scale(5_000);
        int tenth = Math.max(1, scale / 10);
        int recent = Math.max(100, scale / 10);
        int employed = Math.max(20, scale / 50);
        owner = JdbcClient.create(flyway.getConfiguration().getDataSource());
        owner.sql(SweepCrowd.LIST).update();
        load(1, "kept", SweepCrowd.Kind.RECENT, recent);
        load(2, "employed", SweepCrowd.Kind.EMPLOYED, employed);
        long keptRows = rowsOf("kept") + rowsOf("employed");

        List<Measured> measured = new ArrayList<>();
        measured.add(swept("sweep, a tenth", "tenth", tenth, 3));
        measured.add(swept("sweep", "full", scale, 4));
        // The same generator and seed as the full sweep's: the same number of rows in each table.
        measured.add(rawDelete("raw DELETE", "raw", scale, 4));
        SweepProfile profile = profiled("profile", tenth, 6);

        assertThat(count("kept")).as("recent candidates survive").isEqualTo(recent);
        assertThat(count("employed")).as("employees still employed survive").isEqualTo(employed);
        assertThat(rowsOf("kept") + rowsOf("employed")).as("and so do all their rows").isEqualTo(keptRows);
        assertThat(owner.sql("SELECT count(*) FROM deletion_log d JOIN bench_person b ON b.id = d.subject_id"
                + " WHERE b.phase IN ('kept', 'employed', 'raw')").query(Long.class).single()).isZero();

        print(measured, scale);
        profile.print(tenth);
        owner.sql("DROP TABLE bench_person").update();
    }

    private void load(long seed, String phase, SweepCrowd.Kind kind, int count) throws Exception {
        long start = System.nanoTime();
        try (Connection connection = flyway.getConfiguration().getDataSource().getConnection()) {
            new SweepCrowd(connection.unwrap(PGConnection.class), seed, Instant.now()).load(phase, kind, count);
        }
        owner.sql("VACUUM ANALYZE").update();
        System.out.printf(Locale.ROOT, "Loaded %,d people (%s, %s) in %.1f s%n", count, phase, kind,
                (System.nanoTime() - start) / 1e9);
    }

    /** Loads {@code count} due candidates, sweeps them, checks every one is gone and logged, and measures. */
    private Measured swept(String what, String phase, int count, long seed) throws Exception {
        load(seed, phase, SweepCrowd.Kind.DUE, count);
        assertThat(rowsOf(phase)).as("each due candidate has rows beyond the person").isGreaterThan(5L * count);
        long before = rows();
        SweepRun[] run = new SweepRun[1];
        Measured m = measure(what, count, () -> run[0] = sweep.run("benchmark").orElseThrow());
        Measured done = withRows(m, before - rows());

        assertThat(run[0].outcome()).isEqualTo(SweepRun.Outcome.DONE);
        assertThat(run[0].tally().erased()).as("the run's tally").isEqualTo(count);
        assertThat(run[0].tally().blocked()).isZero();
        assertThat(run[0].tally().notices()).isZero();
        goneFromEveryTable(phase);
        assertThat(owner.sql("SELECT count(*) FROM person_key k JOIN bench_person b ON b.id = k.subject_id"
                + " WHERE b.phase = :phase AND k.wrapped_key IS NULL AND k.destroyed_at IS NOT NULL")
                .param("phase", phase).query(Long.class).single()).as("a destroyed key for each").isEqualTo(count);
        assertThat(owner.sql("""
                        SELECT count(*) FILTER (WHERE d.rule = 'P-RET-1' AND d.key_destroyed), count(DISTINCT d.subject_id), count(*)
                        FROM deletion_log d JOIN bench_person b ON b.id = d.subject_id WHERE b.phase = :phase""")
                .param("phase", phase).query((row, n) -> new long[] {row.getLong(1), row.getLong(2), row.getLong(3)}).single())
                .as("one deletion log entry per person, under P-RET-1, key destroyed").containsExactly(count, count, count);
        return done;
    }

    /** Loads {@code count} due candidates and erases them step by step, timing each step. */
    private SweepProfile profiled(String phase, int count, long seed) throws Exception {
        load(seed, phase, SweepCrowd.Kind.DUE, count);
        SweepProfile profile = new SweepProfile(personalData, providers, check, audit, transactions, clock);
        profile.run(PAGE, sweep.noticeDays());
        goneFromEveryTable(phase);
        return profile;
    }

    /** Loads as many due candidates again and deletes the same rows with plain SQL, a page per transaction. */
    private Measured rawDelete(String what, String phase, int count, long seed) throws Exception {
        load(seed, phase, SweepCrowd.Kind.DUE, count);
        long before = rows();
        Measured m = measure(what, count, () -> {
            for (int from = 0; from < count; from += PAGE) {
                UUID[] ids = owner.sql("SELECT id FROM bench_person WHERE phase = :phase AND n >= :from AND n < :to ORDER BY id")
                        .param("phase", phase).param("from", from).param("to", from + PAGE).query(UUID.class).list()
                        .toArray(UUID[]::new);
                transactions.executeWithoutResult(status -> {
                    for (String sql : List.of("DELETE FROM candidate_language WHERE person_id = ANY(:ids)",
                            "DELETE FROM candidate WHERE person_id = ANY(:ids)",
                            "DELETE FROM contact_event WHERE person_id = ANY(:ids)",
                            "DELETE FROM processing_restriction WHERE person_id = ANY(:ids)",
                            "DELETE FROM consent_event WHERE subject_id = ANY(:ids)",
                            "DELETE FROM person_key WHERE subject_id = ANY(:ids)",
                            "DELETE FROM portal_sign_in WHERE person_id = ANY(:ids)",
                            "DELETE FROM document WHERE person_id = ANY(:ids)",
                            "DELETE FROM person WHERE id = ANY(:ids)")) {
                        app.sql(sql).param("ids", ids).update();
                    }
                });
            }
            return null;
        });
        Measured done = withRows(m, before - rows());
        goneFromEveryTable(phase);
        assertThat(owner.sql("SELECT count(*) FROM person_key k JOIN bench_person b ON b.id = k.subject_id WHERE b.phase = :phase")
                .param("phase", phase).query(Long.class).single()).isZero();
        return done;
    }

    private static Measured measure(String what, int people, Supplier<Object> work) throws Exception {
        try (HeapWatch heap = new HeapWatch()) {
            String load = load().split(" ")[0];
            long start = System.nanoTime();
            work.get();
            long nanos = System.nanoTime() - start;
            // A large heap may see no collection during a short run: one at the end shows what the run left live.
            System.gc();
            Thread.sleep(300); // the collector's notifications arrive on their own thread
            return new Measured(what, people, nanos, 0, heap.peakAfterGc(), heap.peakUsed(), heap.collections(), load);
        }
    }

    private static Measured withRows(Measured m, long rows) {
        return new Measured(m.what(), m.people(), m.nanos(), rows, m.peakAfterGc(), m.peakUsed(), m.collections(), m.load());
    }

    /** No row of any of the phase's people is left in any table (a destroyed key is no key). */
    private void goneFromEveryTable(String phase) {
        for (String[] table : TABLES) {
            String live = table[0].equals("person_key") ? " AND t.wrapped_key IS NOT NULL" : "";
            assertThat(owner.sql("SELECT count(*) FROM " + table[0] + " t JOIN bench_person b ON b.id = t." + table[1]
                    + " WHERE b.phase = :phase" + live).param("phase", phase).query(Long.class).single())
                    .as("rows of the %s people left in %s", phase, table[0]).isZero();
        }
    }

    /** The rows in the candidate tables, all people (a destroyed key is not counted). */
    private long rows() {
        long rows = 0;
        for (String[] table : TABLES) {
            String live = table[0].equals("person_key") ? " WHERE wrapped_key IS NOT NULL" : "";
            rows += owner.sql("SELECT count(*) FROM " + table[0] + live).query(Long.class).single();
        }
        return rows;
    }

    /** The rows of the phase's people in the candidate tables. */
    private long rowsOf(String phase) {
        long rows = 0;
        for (String[] table : TABLES) {
            rows += owner.sql("SELECT count(*) FROM " + table[0] + " t JOIN bench_person b ON b.id = t." + table[1]
                    + " WHERE b.phase = :phase").param("phase", phase).query(Long.class).single();
        }
        return rows;
    }

    private long count(String phase) {
        return owner.sql("SELECT count(*) FROM person p JOIN bench_person b ON b.id = p.id WHERE b.phase = :phase")
                .param("phase", phase).query(Long.class).single();
    }

    private static void print(List<Measured> measured, int scale) {
        BenchmarkTable.print("Retention sweep of " + String.format(Locale.ROOT, "%,d", scale) + " due candidates, pages of " + PAGE,
                new String[] {"run", "people", "seconds", "people/s", "rows deleted", "rows/s", "peak heap after GC (and one GC at the end)",
                        "peak heap used", "GCs", "load (1 min) before"},
                measured.stream().map(Measured::cells).toList());
        Measured full = measured.get(1);
        Measured raw = measured.get(2);
        Measured small = measured.get(0);
        System.out.printf(Locale.ROOT, "%nSweep of %,d in %.1f s (target ≤ 60 s for 100,000: %s); throughput %.2f× the raw DELETE's"
                        + " (raw is %.1f× faster)%nPeak heap after GC %s at the full scale, %s at a tenth; max heap %s%nload: %s%n",
                full.people(), full.seconds(), full.seconds() * 100_000 / full.people() <= 60 ? "met pro rata" : "MISSED pro rata",
                (full.people() / full.seconds()) / (raw.people() / raw.seconds()), full.seconds() / raw.seconds(),
                mb(full.peakAfterGc()), mb(small.peakAfterGc()), mb(HeapWatch.maxHeap()), load());
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0);
    }

    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip() + " (1, 5, 15 min; "
                    + Runtime.getRuntime().availableProcessors() + " CPUs)";
        } catch (Exception e) {
            return "unknown";
        }
    }
}

package dk.tillid.bench;

import java.sql.Connection;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import javax.sql.DataSource;

import dk.tillid.IntegrationTest;
import dk.tillid.candidate.CandidateMatch;
import dk.tillid.candidate.CandidateMatching;
import dk.tillid.candidate.MatchCriteria;
import dk.tillid.candidate.MatchingBenchmarkAccess;
import dk.tillid.candidate.MatchingReference;
import dk.tillid.policy.PurposeId;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * T4's figures: ranking candidates for a job order among {@code bench.scale} generated candidates
 * (default 100,000) with profiles, languages and CV text, against a naive baseline of ILIKE scans
 * over the same data in the same run. Run with
 * {@code ./mvnw -o -Pbench verify -Dtest=MatchingBenchmark -Dbench.scale=100000}.
 */
@IntegrationTest
@WithMockUser(username = "recruiter-bench", roles = "RECRUITER")
class MatchingBenchmark {

    static final int TOP = 25;

    @Autowired
    CandidateMatching matching;

    @Autowired
    Flyway flyway;

    /** The application's pooled connections, for every timed query (the owner's are opened one by one). */
    @Autowired
    JdbcClient app;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    /** A timed query as matching runs it: in a transaction that plans for the values given. */
    private <T> T custom(java.util.function.Supplier<T> query) {
        return transactions.execute(status -> {
            app.sql("SET LOCAL plan_cache_mode = force_custom_plan").update();
            return query.get();
        });
    }

    @Test
    void matching() throws Exception {
        int scale = BenchmarkTable.scale(100_000);
        DataSource owner = flyway.getConfiguration().getDataSource();
        JdbcClient sql = JdbcClient.create(owner);
        long loadStart = System.nanoTime();
        try (Connection connection = owner.getConnection()) {
            new MatchingData(new Random(42), connection.unwrap(PGConnection.class)).load(scale);
        }
        sql.sql("INSERT INTO document (id, person_id, kind, media_type, size_bytes, display_name, storage_name, search,"
                + " uploaded_at, uploaded_by) SELECT gen_random_uuid(), person_id, 'CV', 'application/pdf', length(text),"
                + " '\\x00'::bytea, md5(person_id::text), strip(to_tsvector('simple', text)), now(), 'bench'"
                + " FROM bench_cv_text").update();
        // Loading candidates and then their languages writes each row of matching's read model twice;
        // autovacuum would soon remove the dead half, which the timings should not depend on.
        sql.sql("VACUUM candidate_match").update();
        sql.sql("ANALYZE").update();
        System.out.printf(Locale.ROOT, "%nGenerated and loaded %d candidates with languages and CVs in %.1f s%n", scale,
                (System.nanoTime() - loadStart) / 1e9);

        List<MatchCriteria> jobs = MatchingData.jobOrders(new Random(7), 24);
        System.out.println("\n== EXPLAIN ANALYZE, matching, first job order ==");
        MatchCriteria first = jobs.get(0);
        explain(app, MatchingBenchmarkAccess.sql(first, first.skills().size()),
                MatchingBenchmarkAccess.parameters(first, first.skills().size(), 0, TOP));
        System.out.println("\n== EXPLAIN ANALYZE, matching, first job order, widest pool (one skill of them) ==");
        explain(app, MatchingBenchmarkAccess.sql(first, 1), MatchingBenchmarkAccess.parameters(first, 1, 0, TOP));

        System.out.println("\n== Each job order and pool tier, timed once (plan printed if over 1 s) ==");
        for (int i = 0; i < jobs.size(); i++) {
            MatchCriteria job = jobs.get(i);
            for (int k = job.skills().size(); k >= 1; k--) {
                int tier = k;
                long t = System.nanoTime();
                String outcome = transactions.execute(status -> {
                    app.sql("SET LOCAL plan_cache_mode = force_custom_plan").update();
                    app.sql("SET LOCAL statement_timeout = '10s'").update();
                    try {
                        return app.sql(MatchingBenchmarkAccess.sql(job, tier))
                                .params(MatchingBenchmarkAccess.parameters(job, tier, 0, TOP)).query().listOfRows().size() + " rows";
                    } catch (RuntimeException timeout) {
                        return "timed out";
                    }
                });
                double took = (System.nanoTime() - t) / 1e6;
                System.out.printf(Locale.ROOT, "job %2d %-55s tier %d: %8.1f ms, %s%n", i, job.skills() + " " + job.languages().size()
                        + " lang", tier, took, outcome);
                if (took > 1000) {
                    transactions.executeWithoutResult(status -> {
                        app.sql("SET LOCAL plan_cache_mode = force_custom_plan").update();
                        app.sql("EXPLAIN " + MatchingBenchmarkAccess.sql(job, tier))
                                .params(MatchingBenchmarkAccess.parameters(job, tier, 0, TOP))
                                .query((rs, n) -> rs.getString(1)).list().forEach(System.out::println);
                    });
                }
            }
        }
        System.out.println("\n== Each job order's page (and the next page) against the original full scoring ==");
        int same = 0;
        for (MatchCriteria job : jobs) {
            for (int offset : new int[] {0, TOP}) {
                List<String> expected = custom(() -> MatchingReference.page(app, job, offset, TOP));
                List<String> actual = matching.rank(job, offset, TOP, PurposeId.SUITABILITY).stream()
                        .map(match -> match.id().value() + " " + match.score()).toList();
                if (actual.equals(expected)) {
                    same++;
                } else {
                    System.out.println("DIFFERS " + job.skills() + " offset " + offset + "\n  expected " + expected
                            + "\n  actual   " + actual);
                }
            }
        }
        System.out.printf(Locale.ROOT, "%d of %d pages exactly as the original ranking (ids, order, scores)%n", same,
                2 * jobs.size());
        assertThat(same).as("pages as the original ranking").isEqualTo(2 * jobs.size());

        System.out.println("\n== CandidateMatching.rank per job order, warm, median of 3 ==");
        for (int i = 0; i < jobs.size(); i++) {
            long[] took = new long[3];
            for (int r = 0; r < 3; r++) {
                long t = System.nanoTime();
                matching.rank(jobs.get(i), 0, TOP, PurposeId.SUITABILITY);
                took[r] = System.nanoTime() - t;
            }
            Arrays.sort(took);
            System.out.printf(Locale.ROOT, "job %2d %-55s %8.1f ms%n", i, jobs.get(i).skills() + " " + jobs.get(i).languages().size()
                    + " lang", took[1] / 1e6);
        }
        MatchCriteria heavy = jobs.get(3);
        System.out.println("\n== EXPLAIN ANALYZE, job 3, pool of three of its skills (GIN @> per choice), warm ==");
        transactions.executeWithoutResult(status -> {
            app.sql("SET LOCAL plan_cache_mode = force_custom_plan").update();
            explain(app, MatchingBenchmarkAccess.sql(heavy, 3), MatchingBenchmarkAccess.parameters(heavy, 3, 0, TOP));
        });

        int runs = Integer.getInteger("bench.runs", 240);
        int rawRuns = Integer.getInteger("bench.rawRuns", 48);
        int baselineRuns = Integer.getInteger("bench.baselineRuns", 12);
        long[] service = new long[runs];
        long[] raw = new long[rawRuns];
        long[] naive = new long[baselineRuns];
        BenchmarkTable table = new BenchmarkTable("Matching, " + scale + " candidates, top " + TOP + ", " + jobs.size()
                + " job orders");
        int[] found = new int[1];
        table.measure("CandidateMatching.rank (SQL + explanation + audit)", runs, i -> {
            long t = System.nanoTime();
            List<CandidateMatch> ranked = matching.rank(jobs.get(i % jobs.size()), 0, TOP, PurposeId.SUITABILITY);
            service[i] = System.nanoTime() - t;
            found[0] += ranked.size();
        });
        table.measure("matching SQL alone, widest pool (no tiers)", rawRuns, i -> {
            long t = System.nanoTime();
            MatchCriteria job = jobs.get(i % jobs.size());
            custom(() -> app.sql(MatchingBenchmarkAccess.sql(job, 1)).params(MatchingBenchmarkAccess.parameters(job, 1, 0, TOP))
                    .query().listOfRows());
            raw[i] = System.nanoTime() - t;
        });
        table.measure("naive baseline: ILIKE scans", baselineRuns, i -> {
            long t = System.nanoTime();
            custom(() -> NaiveBaseline.rank(app, jobs.get(i % jobs.size()), TOP));
            naive[i] = System.nanoTime() - t;
        });
        table.print();
        System.out.println("== EXPLAIN ANALYZE, naive baseline, first job order ==");
        NaiveBaseline.explain(app, jobs.get(0), TOP);
        System.out.printf(Locale.ROOT, "%nMATCHING  p50 %.1f ms  p95 %.1f ms   (widest pool without tiers p50 %.1f ms, p95 %.1f ms)%n",
                ms(service, 50), ms(service, 95), ms(raw, 50), ms(raw, 95));
        System.out.printf(Locale.ROOT, "BASELINE  p50 %.1f ms  p95 %.1f ms%n", ms(naive, 50), ms(naive, 95));
        System.out.printf(Locale.ROOT, "RATIO     baseline / matching: p50 %.1fx, p95 %.1fx%n%n",
                ms(naive, 50) / ms(service, 50), ms(naive, 95) / ms(service, 95));

        assertThat(found[0]).as("the job orders find candidates").isGreaterThan(runs);
        sql.sql("DROP TABLE bench_cv_text").update();
    }

    static void explain(JdbcClient sql, String statement, java.util.Map<String, Object> parameters) {
        sql.sql("EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) " + statement).params(parameters)
                .query((rs, n) -> rs.getString(1)).list().forEach(System.out::println);
    }

    private static double ms(long[] nanos, int percent) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percent / 100.0 * sorted.length) - 1)] / 1e6;
    }
}

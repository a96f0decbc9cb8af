package dk.tillid.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import dk.tillid.privacy.SubjectId;
import dk.tillid.privacy.consent.ConsentLedger;
import dk.tillid.privacy.disclosure.Disclosures;
import dk.tillid.privacy.requests.AccessPackages;
import dk.tillid.privacy.requests.SubjectRequests;
import dk.tillid.privacy.spi.PersonalData;
import dk.tillid.privacy.spi.PersonalDataProvider;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Where the access package's time goes: each module's export through the SPI on its own, the
 * package's other reads, the parts of the raw baseline, and how many times each table is scanned
 * per package (PostgreSQL's own counters), which shows repeated lookups such as one per value.
 */
final class AccessPackageProfile {

    private final List<PersonalDataProvider> providers;
    private final PersonalData personalData;
    private final ConsentLedger consents;
    private final Disclosures disclosures;
    private final SubjectRequests requests;
    private final AccessPackages packages;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final SubjectId subject;

    AccessPackageProfile(ApplicationContext context, TransactionTemplate transactions, SubjectId subject) {
        this.providers = context.getBeanProvider(PersonalDataProvider.class).orderedStream().toList();
        this.personalData = context.getBean(PersonalData.class);
        this.consents = context.getBean(ConsentLedger.class);
        this.disclosures = context.getBean(Disclosures.class);
        this.requests = context.getBean(SubjectRequests.class);
        this.packages = context.getBean(AccessPackages.class);
        this.jdbc = context.getBean(JdbcClient.class);
        this.transactions = transactions;
        this.subject = subject;
    }

    void print(RawReads raw, int runs) throws InterruptedException {
        Map<String, Supplier<Object>> parts = new LinkedHashMap<>();
        for (PersonalDataProvider provider : providers) {
            parts.put("SPI export: " + provider.source(), () -> provider.export(subject));
        }
        parts.put("PersonalData.export (all modules + audit)", () -> personalData.export(subject));
        parts.put("ConsentLedger.history", () -> consents.history(subject));
        parts.put("Disclosures.of", () -> disclosures.of(subject));
        parts.put("SubjectRequests.of", () -> requests.of(subject));
        List<String[]> rows = new ArrayList<>();
        parts.forEach((name, part) -> {
            long[] nanos = new long[runs];
            for (int i = 0; i < runs; i++) {
                long before = System.nanoTime();
                transactions.execute(status -> part.get());
                nanos[i] = System.nanoTime() - before;
            }
            Arrays.sort(nanos);
            rows.add(new String[] {name, AccessPackageBenchmark.ms(AccessPackageBenchmark.percentile(nanos, 50))});
        });
        long[][] rawParts = new long[3][runs];
        for (int i = 0; i < runs; i++) {
            RawReads.Outcome outcome = raw.everything(subject);
            rawParts[0][i] = outcome.sqlNanos();
            rawParts[1][i] = outcome.fileNanos();
            rawParts[2][i] = outcome.decryptNanos();
        }
        String[] rawNames = {"raw part: the 22 SELECTs", "raw part: reading the 20 files", "raw part: decrypting (key unwrapped once)"};
        for (int p = 0; p < 3; p++) {
            Arrays.sort(rawParts[p]);
            rows.add(new String[] {rawNames[p], AccessPackageBenchmark.ms(AccessPackageBenchmark.percentile(rawParts[p], 50))});
        }
        BenchmarkTable.print("Where the time goes (each part alone in its own transaction, p50 of " + runs + ")",
                new String[] {"part", "p50 ms"}, rows);
        printScans(Math.min(runs, 10));
    }

    /** Index and sequential scans per package build, by table, from PostgreSQL's statistics (flushed about once a second). */
    private void printScans(int builds) throws InterruptedException {
        Map<String, long[]> before = scans();
        for (int i = 0; i < builds; i++) {
            packages.of(subject, Locale.ENGLISH);
        }
        Map<String, long[]> after = scans();
        List<String[]> rows = new ArrayList<>();
        after.forEach((table, counts) -> {
            long[] was = before.getOrDefault(table, new long[2]);
            double index = (counts[0] - was[0]) / (double) builds;
            double sequential = (counts[1] - was[1]) / (double) builds;
            if (index + sequential > 0) {
                rows.add(new String[] {table, String.format(Locale.ROOT, "%.1f", index), String.format(Locale.ROOT, "%.1f", sequential)});
            }
        });
        BenchmarkTable.print("Table scans per package build (mean of " + builds + "; background jobs may add a little)",
                new String[] {"table", "index scans", "sequential scans"}, rows);
    }

    private Map<String, long[]> scans() throws InterruptedException {
        Thread.sleep(1_500);
        Map<String, long[]> counts = new LinkedHashMap<>();
        jdbc.sql("SELECT pg_stat_clear_snapshot()").query().listOfRows();
        jdbc.sql("SELECT relname, coalesce(idx_scan, 0), coalesce(seq_scan, 0) FROM pg_stat_user_tables ORDER BY relname")
                .query((row, n) -> counts.put(row.getString(1), new long[] {row.getLong(2), row.getLong(3)})).list();
        return counts;
    }
}

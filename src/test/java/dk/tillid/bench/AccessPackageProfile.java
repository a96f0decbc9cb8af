package dk.tillid.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import dk.tillid.policy.PurposeId;
import dk.tillid.privacy.SubjectId;
import dk.tillid.privacy.audit.AuditAction;
import dk.tillid.privacy.audit.AuditTrail;
import dk.tillid.privacy.consent.ConsentLedger;
import dk.tillid.privacy.disclosure.Disclosures;
import dk.tillid.privacy.keys.PersonalKeys;
import dk.tillid.privacy.requests.AccessPackageDownloads;
import dk.tillid.privacy.requests.AccessPackages;
import dk.tillid.privacy.requests.RequestsBenchmarkAccess;
import dk.tillid.privacy.requests.SubjectRequests;
import dk.tillid.privacy.retention.RetentionDates;
import dk.tillid.privacy.spi.PersonalData;
import dk.tillid.privacy.spi.OtherPeople;
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
    private final PersonalKeys keys;
    private final AuditTrail audit;
    private final RetentionDates retention;
    private final AccessPackageDownloads downloads;
    private final ApplicationContext context;
    private List<PersonalData.Holding> exported;

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
        this.keys = context.getBean(PersonalKeys.class);
        this.audit = context.getBean(AuditTrail.class);
        this.retention = context.getBean(RetentionDates.class);
        this.downloads = context.getBean(AccessPackageDownloads.class);
        this.context = context;
    }

    void print(RawReads raw, CpuMeter cpu, List<byte[]> files, int runs) throws InterruptedException {
        Map<String, Supplier<Object>> parts = new LinkedHashMap<>();
        for (PersonalDataProvider provider : providers) {
            parts.put("SPI export: " + provider.source(), () -> provider.export(subject));
        }
        parts.put("PersonalData.export (all modules + audit)", () -> personalData.export(subject));
        exported = transactions.execute(status -> personalData.export(subject));
        parts.put("redacting other people in what others wrote (Art. 15(4))",
                () -> RequestsBenchmarkAccess.redact(context, subject, exported, Locale.ENGLISH));
        parts.put("RetentionDates.of (each category's last day)", () -> retention.of(subject));
        parts.put("AccessPackages.of (all of the above, explained, with the ledgers)", () -> packages.of(subject, Locale.ENGLISH));
        parts.put("AccessPackageDownloads.json (the package, each file placed in the zip)",
                () -> downloads.json(subject, Locale.ENGLISH));
        parts.put("zipping the 20 files, compressed at the default level", () -> zipped(files, Deflater.DEFAULT_COMPRESSION));
        parts.put("zipping the 20 files, not compressed", () -> zipped(files, Deflater.NO_COMPRESSION));
        parts.put("ConsentLedger.history (again)", () -> consents.history(subject));
        parts.put("Disclosures.of (again)", () -> disclosures.of(subject));
        parts.put("SubjectRequests.of (again)", () -> requests.of(subject));
        // What the export's audit record costs: one change recorded in the transaction, which then commits a write.
        parts.put("the export's audit record and its commit", () -> {
            audit.change(subject, PurposeId.DATA_SUBJECT_RIGHTS, AuditAction.EXPORT, "P-DATA-1");
            return null;
        });
        // The same values decrypted through PersonalKeys.decrypt, as the SPI's exports decrypt them.
        RawReads.Decryption perValue = (who, wrapped) -> (field, ciphertext) -> keys.decrypt(who, field, ciphertext).bytes().orElseThrow();
        List<String[]> rows = new ArrayList<>();
        parts.forEach((name, part) -> rows.add(row(name, cpu, runs, () -> transactions.execute(status -> part.get()))));
        long[][] rawParts = new long[4][runs];
        for (int i = 0; i < runs; i++) {
            RawReads.Outcome outcome = raw.everything(subject);
            rawParts[0][i] = outcome.sqlNanos();
            rawParts[1][i] = outcome.fileNanos();
            rawParts[2][i] = outcome.decryptNanos();
            rawParts[3][i] = raw.everything(subject, perValue).decryptNanos();
        }
        String[] rawNames = {"raw part: the SELECTs", "raw part: reading the files",
                "raw part: decrypting values and files, key read and unwrapped once", "raw part: the same through PersonalKeys.decrypt"};
        for (int p = 0; p < rawNames.length; p++) {
            Arrays.sort(rawParts[p]);
            rows.add(new String[] {rawNames[p], Figures.ms(Figures.percentile(rawParts[p], 50)), "–"});
        }
        BenchmarkTable.print("Where the time goes (each part alone, in its own transaction, " + runs + " runs)",
                new String[] {"part", "p50 ms", "CPU ms/call (JVM+PostgreSQL)"}, rows);
        for (int i = 0; i < 20; i++) {
            RequestsBenchmarkAccess.scans(exported);
        }
        List<String[]> scanRows = new ArrayList<>();
        RequestsBenchmarkAccess.scans(exported).forEach((what, value) -> scanRows.add(new String[] {what,
                what.endsWith("(ns)") ? Figures.ms(value) + " ms" : String.valueOf(value)}));
        Set<String> keys = RequestsBenchmarkAccess.keys(exported);
        scanRows.add(new String[] {"name keys asked of the directories", String.valueOf(keys.size())});
        String[] asked = keys.toArray(String[]::new);
        scanRows.add(new String[] {"other people with one of those names (none of them is read: one EXISTS per name)", String.valueOf(
                jdbc.sql("SELECT count(*) FROM person WHERE person_name_key(given_name, family_name) = ANY(CAST(:keys AS text[]))"
                        + " AND id <> :subject").param("keys", asked).param("subject", subject.value()).query(Long.class).single())});
        scanRows.add(new String[] {"of the keys, names someone else has", String.valueOf(jdbc.sql("SELECT count(DISTINCT"
                        + " person_name_key(given_name, family_name)) FROM person WHERE person_name_key(given_name, family_name)"
                        + " = ANY(CAST(:keys AS text[])) AND id <> :subject").param("keys", asked).param("subject", subject.value())
                .query(Long.class).single())});
        for (OtherPeople directory : context.getBeanProvider(OtherPeople.class).orderedStream().toList()) {
            long[] nanos = new long[runs];
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                transactions.execute(status -> directory.namedAmong(subject, keys));
                nanos[i] = System.nanoTime() - start;
            }
            Arrays.sort(nanos);
            scanRows.add(new String[] {directory.kind() + " directory: namedAmong, p50 (its query)",
                    Figures.ms(Figures.percentile(nanos, 50)) + " ms"});
        }
        BenchmarkTable.print("The redaction's parts (warm; the scans one pass each over the texts others wrote)",
                new String[] {"what", "figure"}, scanRows);
        printPlans();
        printScans(Math.min(runs, 10));
    }

    /** The files written into a zip as the download writes them (deflated), at a compression level, into nothing. */
    private static Object zipped(List<byte[]> files, int level) {
        try (ZipOutputStream zip = new ZipOutputStream(OutputStream.nullOutputStream())) {
            zip.setLevel(level);
            for (int i = 0; i < files.size(); i++) {
                zip.putNextEntry(new ZipEntry("files/" + i));
                zip.write(files.get(i));
                zip.closeEntry();
            }
            return zip;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String[] row(String name, CpuMeter cpu, int runs, Supplier<Object> part) {
        long[] nanos = new long[runs];
        double before = cpu.seconds();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            part.get();
            nanos[i] = System.nanoTime() - start;
        }
        double used = (cpu.seconds() - before) * 1000 / runs;
        Arrays.sort(nanos);
        return new String[] {name, Figures.ms(Figures.percentile(nanos, 50)),
                String.format(Locale.ROOT, "%.1f", used)};
    }

    /** How PostgreSQL runs each raw SELECT for this person (a sequential scan on a big table is a missing index). */
    private void printPlans() {
        List<String[]> rows = new ArrayList<>();
        RawReads.SELECTS.forEach((table, sql) -> {
            String plan = jdbc.sql("EXPLAIN (ANALYZE, FORMAT JSON) " + sql).param("id", subject.value()).query(String.class).single();
            String node = field(plan, "\"Node Type\": \"");
            String index = plan.contains("\"Index Name\"") ? " " + field(plan, "\"Index Name\": \"") : "";
            rows.add(new String[] {table, node + index, field(plan, "\"Actual Rows\": "), field(plan, "\"Execution Time\": ")});
        });
        BenchmarkTable.print("Plans of the raw SELECTs (EXPLAIN ANALYZE)", new String[] {"table", "top plan node", "rows", "ms"}, rows);
    }

    private static String field(String json, String key) {
        int at = json.indexOf(key);
        if (at < 0) {
            return "?";
        }
        int from = at + key.length();
        int to = from;
        while (to < json.length() && "\",\n}".indexOf(json.charAt(to)) < 0) {
            to++;
        }
        return json.substring(from, to).strip();
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

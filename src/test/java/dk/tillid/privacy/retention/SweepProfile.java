package dk.tillid.privacy.retention;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dk.tillid.bench.BenchmarkTable;
import dk.tillid.platform.AgencyTime;
import dk.tillid.policy.Policy.RetentionTrigger;
import dk.tillid.privacy.SubjectId;
import dk.tillid.privacy.audit.Actor;
import dk.tillid.privacy.audit.AuditTrail;
import dk.tillid.privacy.spi.PersonalData;
import dk.tillid.privacy.spi.PersonalDataProvider;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Where a sweep's time goes, page by page: walks the candidates' clock as the sweep does (the page
 * query, the due check), then times each module's batch erasure of the page in a transaction that is
 * rolled back, and the whole erasure (modules, audit, keys, deletion log) in one that commits. The
 * modules' share is thus measured on rows the rolled-back pass has just read into the cache: a
 * profile, not the benchmark's figure.
 */
final class SweepProfile {

    private final PersonalData personalData;
    private final List<PersonalDataProvider> providers;
    private final DueCheck check;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Map<String, Long> nanos = new LinkedHashMap<>();
    private int pages;

    SweepProfile(PersonalData personalData, List<PersonalDataProvider> providers, DueCheck check, AuditTrail audit,
                 TransactionTemplate transactions, Clock clock) {
        this.personalData = personalData;
        this.providers = providers;
        this.check = check;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Erases the due candidates (P-RET-1, six months from the last contact) as the sweep would, timing each step. */
    void run(int page, int noticeDays) {
        LocalDate today = AgencyTime.today(clock);
        long[] mark = {System.nanoTime()};
        audit.actingAs(Actor.system("retention-sweep"), () -> {
            personalData.forEachStartedBy(RetentionTrigger.LAST_CONTACT, today.plusDays(noticeDays + 3L).minusMonths(6), page,
                    subjects -> {
                        add("page query (keyset, every module)", mark[0]);
                        pages++;
                        long start = System.nanoTime();
                        List<Finding> findings = check.of(subjects, RetentionTrigger.LAST_CONTACT, today, noticeDays);
                        add("due check (starts, holds, blocks)", start);
                        Map<SubjectId, String> due = new LinkedHashMap<>();
                        findings.stream().filter(f -> f.verdict() == Finding.Verdict.DUE).forEach(f -> due.put(f.subject(), f.rule()));
                        List<SubjectId> ids = List.copyOf(due.keySet());
                        transactions.executeWithoutResult(status -> {
                            for (PersonalDataProvider provider : providers) {
                                long before = System.nanoTime();
                                provider.eraseAll(ids);
                                add("  module " + provider.source() + " (rolled back)", before);
                            }
                            status.setRollbackOnly();
                        });
                        start = System.nanoTime();
                        transactions.executeWithoutResult(status -> personalData.eraseAll(due));
                        add("eraseAll, committed (modules + audit + keys + log)", start);
                        mark[0] = System.nanoTime();
                    });
            return null;
        });
    }

    private void add(String step, long since) {
        nanos.merge(step, System.nanoTime() - since, Long::sum);
    }

    void print(int people) {
        List<String[]> rows = new ArrayList<>();
        nanos.forEach((step, total) -> rows.add(new String[] {step, String.format(Locale.ROOT, "%.0f", total / 1e6),
                String.format(Locale.ROOT, "%.1f", total / 1e6 / Math.max(1, pages))}));
        BenchmarkTable.print("Where the time goes: " + String.format(Locale.ROOT, "%,d", people) + " due candidates, " + pages
                + " pages", new String[] {"step", "total ms", "ms per page"}, rows);
    }
}

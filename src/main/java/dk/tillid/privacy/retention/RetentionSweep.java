package dk.tillid.privacy.retention;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import dk.tillid.platform.AgencyTime;
import dk.tillid.policy.Policy;
import dk.tillid.policy.Policy.RetentionTrigger;
import dk.tillid.privacy.SubjectId;
import dk.tillid.privacy.audit.Actor;
import dk.tillid.privacy.audit.AuditTrail;
import dk.tillid.privacy.spi.PersonalData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes every person whose time is up under the policy's retention rules (P-RET-1, 2, 5), through
 * the modules' own erasure (the SPI), page by page, each page in its own transaction, so memory does
 * not grow with their number and a failure loses at most one page's work (which the next run does).
 * Candidates are told a set number of days before their profile goes. Every run is recorded, and one
 * that fails is recorded as failed, for the alert. The dry run walks the same path and deletes nothing.
 */
@Service
class RetentionSweep {

    private static final Logger log = LoggerFactory.getLogger(RetentionSweep.class);

    /** What the next run would do, for the DPO: counts, and the first findings. */
    record Preview(LocalDate on, SweepRun.Tally tally, List<Finding> findings) {
    }

    private final PersonalData personalData;
    private final DueCheck check;
    private final RetentionNotices notices;
    private final SweepRuns runs;
    private final SweepLock lock;
    private final Policy policy;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final int batchSize;
    private final int noticeDays;

    RetentionSweep(PersonalData personalData, DueCheck check, RetentionNotices notices, SweepRuns runs, SweepLock lock,
                   Policy policy, AuditTrail audit, TransactionTemplate transactions, Clock clock,
                   @Value("${tillid.retention.batch-size:1000}") int batchSize,
                   @Value("${tillid.retention.notice-days:14}") int noticeDays) {
        this.personalData = personalData;
        this.check = check;
        this.notices = notices;
        this.runs = runs;
        this.lock = lock;
        this.policy = policy;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
        this.batchSize = batchSize;
        this.noticeDays = noticeDays;
    }

    /** The clock a rule's trigger reads from the modules: the fiscal year is counted from the last employment. */
    static RetentionTrigger selectedBy(RetentionTrigger trigger) {
        return switch (trigger) {
            case LAST_CONTACT, LAST_ACTIVITY, END_OF_LAST_EMPLOYMENT -> trigger;
            case END_OF_FISCAL_YEAR_OF_LAST_EMPLOYMENT -> RetentionTrigger.END_OF_LAST_EMPLOYMENT;
            // Website data and staff accounts are no person's records here: their modules delete them.
            case COLLECTED, ACCOUNT_CLOSED -> null;
        };
    }

    int noticeDays() {
        return noticeDays;
    }

    /**
     * Runs the sweep unless another instance is running it (then empty). {@code startedBy} names the
     * schedule or the staff account, for the record.
     */
    Optional<SweepRun> run(String startedBy) {
        return lock.whileHeld(() -> audit.actingAs(Actor.system("retention-sweep"), () -> sweep(startedBy)));
    }

    private SweepRun sweep(String startedBy) {
        LocalDate today = AgencyTime.today(clock);
        long id = runs.start(startedBy, clock.instant());
        SweepRun.Tally[] tally = {SweepRun.Tally.NONE};
        try {
            // Judged inside the page's transaction: a contact recorded a moment before still counts.
            walk(today, judge -> tally[0] = tally[0].plus(transactions.execute(status -> act(judge.get()))));
            runs.end(id, SweepRun.Outcome.DONE, tally[0], clock.instant(), null);
            if (tally[0].erased() > 0) {
                log.info("Retention sweep {} erased {} people, left {} for a hold or their rights, told {}",
                        id, tally[0].erased(), tally[0].blocked(), tally[0].notices());
            }
        } catch (RuntimeException e) {
            // The kind of error only: a message may quote a value.
            runs.end(id, SweepRun.Outcome.FAILED, tally[0], clock.instant(), e.getClass().getSimpleName());
            log.error("Retention sweep {} failed after erasing {} people ({})", id, tally[0].erased(), e.getClass().getName());
        }
        return runs.find(id).orElseThrow();
    }

    /** What the sweep would do on {@code on}, deleting and telling nobody; at most {@code limit} findings listed. */
    Preview preview(LocalDate on, int limit) {
        List<Finding> listed = new ArrayList<>();
        SweepRun.Tally[] tally = {SweepRun.Tally.NONE};
        walk(on, judge -> {
            List<Finding> findings = judge.get();
            findings.stream().filter(finding -> finding.verdict() != Finding.Verdict.KEPT)
                    .limit(Math.max(0, limit - listed.size())).forEach(listed::add);
            tally[0] = tally[0].plus(count(findings));
        });
        return new Preview(on, tally[0], listed);
    }

    /** Hands {@code handler}, for every page of people who may be due, what judges them (run where it fits). */
    private void walk(LocalDate today, Consumer<Supplier<List<Finding>>> handler) {
        earliestStarts(today, noticeDays).forEach((trigger, onOrBefore) ->
                personalData.forEachStartedBy(trigger, onOrBefore, batchSize,
                        page -> handler.accept(() -> check.of(page, trigger, today, noticeDays))));
    }

    /**
     * For each clock, the latest start from which some rule could have run out (or come within the
     * notice period) by {@code today}: later starts cannot be due, so the modules need not look at them.
     * A few days' margin covers the months of unequal length; the exact check is {@link DueCheck}'s.
     */
    private Map<RetentionTrigger, LocalDate> earliestStarts(LocalDate today, int days) {
        Map<RetentionTrigger, LocalDate> latest = new EnumMap<>(RetentionTrigger.class);
        for (Policy.RetentionRule rule : policy.retentionRules()) {
            RetentionTrigger trigger = selectedBy(rule.trigger());
            if (trigger != null) {
                LocalDate start = today.plusDays(days + 3L).minus(rule.period());
                latest.merge(trigger, start, (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        return latest;
    }

    /** Erases the due, tells those whose profile goes soon, counts the held; in the page's transaction. */
    private SweepRun.Tally act(List<Finding> findings) {
        Map<SubjectId, String> due = new LinkedHashMap<>();
        int told = 0;
        for (Finding finding : findings) {
            if (finding.verdict() == Finding.Verdict.DUE) {
                due.put(finding.subject(), finding.rule());
            } else if (finding.verdict() == Finding.Verdict.NOTICE && notices.tell(finding.subject(), finding.deletesOn())) {
                told++;
            }
        }
        int erased = due.isEmpty() ? 0 : personalData.eraseAll(due);
        return new SweepRun.Tally(erased, blocked(findings), told);
    }

    private static SweepRun.Tally count(List<Finding> findings) {
        int due = (int) findings.stream().filter(f -> f.verdict() == Finding.Verdict.DUE).count();
        int notice = (int) findings.stream().filter(f -> f.verdict() == Finding.Verdict.NOTICE).count();
        return new SweepRun.Tally(due, blocked(findings), notice);
    }

    private static int blocked(List<Finding> findings) {
        return (int) findings.stream().filter(f -> f.verdict() == Finding.Verdict.BLOCKED).count();
    }
}

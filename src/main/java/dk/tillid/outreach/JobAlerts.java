package dk.tillid.outreach;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;

import dk.tillid.candidate.CandidateMatch;
import dk.tillid.candidate.CandidateMatching;
import dk.tillid.candidate.LanguageSkill;
import dk.tillid.candidate.MatchCriteria;
import dk.tillid.candidate.Profile;
import dk.tillid.client.JobOrder;
import dk.tillid.client.JobOrderId;
import dk.tillid.client.JobOrderOpened;
import dk.tillid.client.JobOrders;
import dk.tillid.notification.Notifications;
import dk.tillid.person.PersonId;
import dk.tillid.policy.PurposeId;
import dk.tillid.privacy.audit.Actor;
import dk.tillid.privacy.audit.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Job alerts (P-PUR-1): when a job order opens, matching ranks the candidates and everyone whose
 * profile fits well enough is told, as they chose: at once, in the next daily or weekly digest, or
 * never. Matching only ranks people who may be used (not unregistered, e-mail confirmed, processing
 * not restricted), and the outbox asks again before each mail leaves. Nobody is told twice about
 * the same order. Orders are looked at right after the commit that opened them and, should that be
 * lost, by a scan of the orders placed in the last week that were never looked at.
 */
@Service
class JobAlerts implements DisposableBean {

    static final Actor ACTOR = Actor.system("job-alerts");
    /** How many of the best-ranked candidates are considered for one order. */
    static final int CONSIDERED = 200;
    static final Duration BACKSTOP = Duration.ofDays(7);
    private static final Logger log = LoggerFactory.getLogger(JobAlerts.class);

    private final JobOrders jobOrders;
    private final CandidateMatching matching;
    private final MailPreferences preferences;
    private final Reach reach;
    private final AlertMail mail;
    private final Notifications notifications;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;
    private final int minimumScore;
    private final TransactionTemplate transactions;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "tillid-job-alerts");
        thread.setDaemon(true);
        return thread;
    });

    JobAlerts(JobOrders jobOrders, CandidateMatching matching, MailPreferences preferences, Reach reach, AlertMail mail,
              Notifications notifications, JdbcClient jdbc, AuditTrail audit, Clock clock,
              PlatformTransactionManager transactionManager, @Value("${tillid.alerts.minimum-score:70}") int minimumScore) {
        this.jobOrders = jobOrders;
        this.matching = matching;
        this.preferences = preferences;
        this.reach = reach;
        this.mail = mail;
        this.notifications = notifications;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.minimumScore = minimumScore;
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void opened(JobOrderOpened event) {
        try {
            worker.execute(() -> safely(() -> scan(event.id())));
        } catch (RejectedExecutionException shuttingDown) {
            // The backstop scan finds a new order later.
        }
    }

    @Scheduled(fixedDelayString = "${tillid.alerts.scan-interval:1m}", initialDelayString = "${tillid.alerts.scan-interval:1m}")
    void scanMissed() {
        try {
            worker.execute(() -> safely(() -> {
                List<JobOrder> recent = jobOrders.openPlacedSince(clock.instant().minus(BACKSTOP));
                recent.stream().filter(order -> !scanned(order.id())).forEach(order -> scan(order.id()));
                return recent.size();
            }));
        } catch (RejectedExecutionException shuttingDown) {
            // The next start scans.
        }
    }

    /** Looks at one order and tells whoever fits and was not told of it before; returns how many. */
    int scan(JobOrderId id) {
        Integer told = transactions.execute(status -> audit.actingAs(ACTOR, () -> {
            Optional<JobOrder> order = jobOrders.find(id).filter(JobOrder::isOpen);
            if (order.isEmpty()) {
                return 0;
            }
            List<CandidateMatch> fits = matching.rank(criteria(order.get()), 0, CONSIDERED, PurposeId.JOB_MATCHING).stream()
                    .filter(match -> match.score() >= minimumScore).toList();
            int found = 0;
            if (!fits.isEmpty()) {
                List<PersonId> people = fits.stream().map(CandidateMatch::id).toList();
                Map<PersonId, Reach.Contact> contacts = reach.contacts(people);
                for (CandidateMatch fit : fits) {
                    found += tell(fit, order.get(), contacts.get(fit.id())) ? 1 : 0;
                }
            }
            jdbc.sql("""
                            INSERT INTO job_alert_scan (job_order_id, scanned_at, found) VALUES (:order, :at, :found)
                            ON CONFLICT (job_order_id) DO UPDATE SET scanned_at = excluded.scanned_at, found = excluded.found""")
                    .param("order", id.value()).param("at", Timestamp.from(clock.instant())).param("found", found).update();
            return found;
        }));
        return told == null ? 0 : told;
    }

    /** Records the fit and, for someone who wants alerts at once, queues the mail; false if nothing new. */
    private boolean tell(CandidateMatch fit, JobOrder order, Reach.Contact contact) {
        MailPreferences.Choice choice = preferences.of(fit.id());
        if (choice.frequency() == MailPreferences.Frequency.NEVER || contact == null) {
            return false;
        }
        boolean instant = choice.frequency() == MailPreferences.Frequency.INSTANT;
        int inserted = jdbc.sql("""
                        INSERT INTO job_alert (person_id, job_order_id, found_at, score, status)
                        VALUES (:person, :order, :at, :score, 'WAITING') ON CONFLICT DO NOTHING""")
                .param("person", fit.id().value()).param("order", order.id().value())
                .param("at", Timestamp.from(clock.instant())).param("score", fit.score()).update();
        if (inserted == 0) {
            return false;
        }
        if (instant) {
            BulkMail alert = mail.one(fit.id(), contact.email(), order, choice.frequency(), choice.language());
            UUID outboxId = notifications.sendBulk(alert.email(), alert.unsubscribeUrl());
            jdbc.sql("UPDATE job_alert SET status = 'QUEUED', outbox_id = :outbox WHERE person_id = :person AND job_order_id = :order")
                    .param("outbox", outboxId).param("person", fit.id().value()).param("order", order.id().value()).update();
        }
        return true;
    }

    private boolean scanned(JobOrderId id) {
        return jdbc.sql("SELECT count(*) FROM job_alert_scan WHERE job_order_id = :order").param("order", id.value())
                .query(Integer.class).single() > 0;
    }

    /** The order as matching reads it. */
    static MatchCriteria criteria(JobOrder order) {
        List<MatchCriteria.LanguageRequirement> languages = order.languages().stream()
                .map(language -> new MatchCriteria.LanguageRequirement(language.language(),
                        LanguageSkill.Level.valueOf(language.level())))
                .toList();
        return new MatchCriteria(order.skills(), languages, order.city(), order.postcode(), order.start(),
                order.kind() == JobOrder.Kind.TEMPORARY ? Profile.WorkType.TEMPORARY : Profile.WorkType.PERMANENT, null);
    }

    private static void safely(java.util.function.Supplier<Integer> work) {
        try {
            work.get();
        } catch (RuntimeException failure) {
            // Retried by the backstop scan; the message may hold data.
            log.error("Job alerts failed: {}", failure.getClass().getName());
        }
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }
}

package dk.tillid.outreach;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dk.tillid.client.JobOrder;
import dk.tillid.client.JobOrderId;
import dk.tillid.client.JobOrders;
import dk.tillid.notification.Notifications;
import dk.tillid.person.PersonId;
import dk.tillid.platform.AgencyTime;
import dk.tillid.privacy.audit.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily and weekly digests of job alerts: each morning, everyone with jobs waiting whose
 * frequency lets a mail go today (daily: none sent yet today; weekly: none in the last 7 days) gets
 * one mail listing the jobs still open. Jobs that closed meanwhile, and people who may no longer be
 * told, are dropped with the reason. One person per transaction; their waiting rows are locked
 * (SKIP LOCKED), so two instances running at once never send one person two digests.
 */
@Component
class AlertDigests {

    private static final Logger log = LoggerFactory.getLogger(AlertDigests.class);
    private static final int PAGE = 500;

    private final JdbcClient jdbc;
    private final JobOrders jobOrders;
    private final MailPreferences preferences;
    private final Reach reach;
    private final AlertMail mail;
    private final Notifications notifications;
    private final AuditTrail audit;
    private final Clock clock;
    private final TransactionTemplate transactions;

    AlertDigests(JdbcClient jdbc, JobOrders jobOrders, MailPreferences preferences, Reach reach, AlertMail mail,
                 Notifications notifications, AuditTrail audit, Clock clock, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.jobOrders = jobOrders;
        this.preferences = preferences;
        this.reach = reach;
        this.mail = mail;
        this.notifications = notifications;
        this.audit = audit;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Scheduled(cron = "${tillid.alerts.digest-cron:0 0 7 * * *}", zone = AgencyTime.ZONE_ID)
    void scheduled() {
        try {
            log.info("Job alert digests: {} sent", sendDue());
        } catch (RuntimeException failure) {
            log.error("Job alert digests failed: {}", failure.getClass().getName());
        }
    }

    /** Sends every digest due now; returns how many. */
    int sendDue() {
        int sent = 0;
        UUID after = new UUID(0, 0);
        List<UUID> page;
        do {
            page = jdbc.sql("SELECT DISTINCT person_id FROM job_alert WHERE status = 'WAITING' AND person_id > :after"
                            + " ORDER BY person_id LIMIT :limit")
                    .param("after", after).param("limit", PAGE).query(UUID.class).list();
            for (UUID person : page) {
                Boolean digested = transactions.execute(status ->
                        audit.actingAs(JobAlerts.ACTOR, () -> digest(new PersonId(person))));
                sent += Boolean.TRUE.equals(digested) ? 1 : 0;
            }
            if (!page.isEmpty()) {
                after = page.get(page.size() - 1);
            }
        } while (page.size() == PAGE);
        return sent;
    }

    private boolean digest(PersonId person) {
        MailPreferences.Choice choice = preferences.lockedForDigest(person);
        if (!due(choice)) {
            return false;
        }
        List<UUID> waiting = jdbc.sql("SELECT job_order_id FROM job_alert WHERE person_id = :person AND status = 'WAITING'"
                        + " ORDER BY found_at FOR UPDATE SKIP LOCKED")
                .param("person", person.value()).query(UUID.class).list();
        if (waiting.isEmpty()) {
            return false;
        }
        Reach.Contact contact = reach.contacts(List.of(person)).get(person);
        Optional<String> refusal = reach.alertRefusal(person, contact, null);
        if (refusal.isPresent()) {
            drop(person, waiting, refusal.get());
            return false;
        }
        List<JobOrder> open = new ArrayList<>();
        List<UUID> closed = new ArrayList<>();
        for (UUID order : waiting) {
            jobOrders.find(new JobOrderId(order)).filter(JobOrder::isOpen)
                    .ifPresentOrElse(open::add, () -> closed.add(order));
        }
        drop(person, closed, "JOB_CLOSED");
        if (open.isEmpty()) {
            return false;
        }
        BulkMail digest = mail.digest(person, contact.email(), open, choice.frequency(), choice.language());
        UUID outboxId = notifications.sendBulk(digest.email(), digest.unsubscribeUrl());
        jdbc.sql("UPDATE job_alert SET status = 'QUEUED', outbox_id = :outbox WHERE person_id = :person"
                        + " AND job_order_id = ANY(:orders)")
                .param("outbox", outboxId).param("person", person.value())
                .param("orders", open.stream().map(order -> order.id().value()).toArray(UUID[]::new)).update();
        preferences.digestSent(person);
        return true;
    }

    /** Whether the person's frequency lets a digest go today. */
    private boolean due(MailPreferences.Choice choice) {
        if (choice.lastDigestAt() == null) {
            return choice.frequency() != MailPreferences.Frequency.NEVER;
        }
        LocalDate today = AgencyTime.today(clock);
        LocalDate last = AgencyTime.dayOf(choice.lastDigestAt());
        return switch (choice.frequency()) {
            case INSTANT -> true;
            case DAILY -> last.isBefore(today);
            case WEEKLY -> !last.isAfter(today.minusDays(7));
            case NEVER -> false;
        };
    }

    private void drop(PersonId person, List<UUID> orders, String reason) {
        if (orders.isEmpty()) {
            return;
        }
        jdbc.sql("UPDATE job_alert SET status = 'DROPPED', reason = :reason, settled_at = :at WHERE person_id = :person"
                        + " AND job_order_id = ANY(:orders)")
                .param("reason", reason).param("at", Timestamp.from(clock.instant())).param("person", person.value())
                .param("orders", orders.toArray(UUID[]::new)).update();
    }
}

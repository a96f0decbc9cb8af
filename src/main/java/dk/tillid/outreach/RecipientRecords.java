package dk.tillid.outreach;

import java.sql.Timestamp;
import java.time.Clock;

import dk.tillid.notification.MailSettled;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps the record per recipient when the outbox settles a job alert or campaign mail: sent, failed,
 * held (no mail server), or suppressed and why. In the outbox's transaction, so the two agree.
 */
@Component
class RecipientRecords {

    private final CampaignRepository campaigns;
    private final JdbcClient jdbc;
    private final Clock clock;

    RecipientRecords(CampaignRepository campaigns, JdbcClient jdbc, Clock clock) {
        this.campaigns = campaigns;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A failure here would undo the settling of a mail already handed to the SMTP server: it must not fail. */
    static final int MAX_REASON = 500;

    @EventListener
    void settled(MailSettled mail) {
        String reason = mail.reason() == null || mail.reason().length() <= MAX_REASON ? mail.reason()
                : mail.reason().substring(0, MAX_REASON);
        switch (mail.kind()) {
            case CampaignMail.KIND -> campaigns.settle(mail.id(), CampaignRepository.RecipientStatus.valueOf(mail.status().name()),
                    reason, clock.instant());
            case AlertMail.KIND, AlertMail.DIGEST_KIND -> jdbc.sql("""
                            UPDATE job_alert SET status = :status, reason = :reason, settled_at = :at
                            WHERE outbox_id = :outbox AND status = 'QUEUED'""")
                    .param("status", mail.status().name()).param("reason", reason)
                    .param("at", Timestamp.from(clock.instant())).param("outbox", mail.id()).update();
            default -> {
            }
        }
    }
}

package dk.tillid.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes mail soon after it is settled: texts hold personal data and confirmation links, and the
 * outbox is no archive. Sent mail goes after {@code tillid.notification.keep-sent}; held, failed and
 * (stuck) waiting mail after {@code tillid.notification.keep-undelivered}, counted from its creation.
 */
@Component
class OutboxRetention {

    private static final Logger log = LoggerFactory.getLogger(OutboxRetention.class);

    private final OutboxRepository outbox;
    private final Clock clock;
    private final Duration keepSent;
    private final Duration keepUndelivered;

    OutboxRetention(OutboxRepository outbox, Clock clock,
                    @Value("${tillid.notification.keep-sent}") Duration keepSent,
                    @Value("${tillid.notification.keep-undelivered}") Duration keepUndelivered) {
        if (keepSent.isNegative() || keepUndelivered.isNegative()) {
            throw new IllegalArgumentException("tillid.notification.keep-sent and keep-undelivered cannot be negative");
        }
        this.outbox = outbox;
        this.clock = clock;
        this.keepSent = keepSent;
        this.keepUndelivered = keepUndelivered;
    }

    @Scheduled(fixedDelayString = "${tillid.notification.purge-interval}")
    void purgePeriodically() {
        purge();
    }

    Duration keepSent() {
        return keepSent;
    }

    Duration keepUndelivered() {
        return keepUndelivered;
    }

    /** Deletes what is past its time; returns how many mails. */
    int purge() {
        Instant now = clock.instant();
        int deleted = outbox.deleteSentBefore(now.minus(keepSent))
                + outbox.deleteUndeliveredCreatedBefore(now.minus(keepUndelivered));
        if (deleted > 0) {
            log.info("Deleted {} e-mails from the outbox after their retention", deleted);
        }
        return deleted;
    }
}

package dk.tillid.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import dk.tillid.IntegrationTest;
import dk.tillid.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static dk.tillid.notification.OutboxFixtures.address;
import static dk.tillid.notification.OutboxFixtures.confirmation;
import static dk.tillid.notification.OutboxFixtures.status;
import static org.assertj.core.api.Assertions.assertThat;

/** Sent mail is gone after 7 days, everything else 30 days after it was queued. */
@IntegrationTest
class OutboxRetentionTest {

    @Autowired
    OutboxRetention retention;

    @Autowired
    OutboxRepository outbox;

    @Autowired
    MutableClock clock;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    Instant now;

    @BeforeEach
    void fixTime() {
        jdbc.sql("DELETE FROM notification_outbox").update();
        now = Instant.parse("2027-03-01T10:00:00Z");
        clock.set(now);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aMailToBeForgottenThatFailsForGoodIsDeletedAtOnce() {
        UUID receipt = UUID.randomUUID();
        transactions.executeWithoutResult(status -> outbox.insert(receipt, confirmation(null, address()), now, true, null));
        UUID ordinary = queued(Duration.ZERO);

        transactions.executeWithoutResult(status -> {
            outbox.markFailed(receipt, 5, "java.net.ConnectException");
            outbox.markFailed(ordinary, 5, "java.net.ConnectException");
        });

        assertThat(status(jdbc, receipt)).as("its address does not linger").isEqualTo("GONE");
        assertThat(status(jdbc, ordinary)).isEqualTo("FAILED");
    }

    @Test
    void thePurgeDeletesSettledMailAfterItsRetention() {
        UUID sentLongAgo = sent(days(10), days(7).plusSeconds(1));
        UUID sentRecently = sent(days(10), days(7).minusSeconds(60));
        UUID heldLongAgo = held(days(30).plusSeconds(1));
        UUID heldRecently = held(days(29));
        UUID failedLongAgo = queued(days(31));
        transactions.executeWithoutResult(status -> outbox.markFailed(failedLongAgo, 5, "java.net.ConnectException"));
        UUID stuckLongAgo = queued(days(31));
        UUID waiting = queued(Duration.ZERO);

        assertThat(retention.keepSent()).isEqualTo(days(7));
        assertThat(retention.keepUndelivered()).isEqualTo(days(30));
        assertThat(retention.purge()).isEqualTo(4);

        assertThat(status(jdbc, sentLongAgo)).isEqualTo("GONE");
        assertThat(status(jdbc, heldLongAgo)).isEqualTo("GONE");
        assertThat(status(jdbc, failedLongAgo)).isEqualTo("GONE");
        assertThat(status(jdbc, stuckLongAgo)).isEqualTo("GONE");
        assertThat(status(jdbc, sentRecently)).isEqualTo("SENT");
        assertThat(status(jdbc, heldRecently)).isEqualTo("HELD");
        assertThat(status(jdbc, waiting)).isEqualTo("PENDING");
    }

    private static Duration days(int days) {
        return Duration.ofDays(days);
    }

    private UUID queued(Duration ago) {
        UUID id = UUID.randomUUID();
        transactions.executeWithoutResult(status -> outbox.insert(id, confirmation(null, address()), now.minus(ago), false, null));
        return id;
    }

    private UUID sent(Duration queuedAgo, Duration sentAgo) {
        UUID id = queued(queuedAgo);
        transactions.executeWithoutResult(status -> outbox.markSent(id, 1, now.minus(sentAgo)));
        return id;
    }

    private UUID held(Duration ago) {
        UUID id = queued(ago);
        transactions.executeWithoutResult(status -> outbox.markHeld(id));
        return id;
    }
}

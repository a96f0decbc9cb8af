package dk.tillid.notification;

import java.time.Duration;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import dk.tillid.IntegrationTest;
import dk.tillid.privacy.SubjectId;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

import static dk.tillid.notification.OutboxFixtures.address;
import static dk.tillid.notification.OutboxFixtures.confirmation;
import static dk.tillid.notification.OutboxFixtures.receivedBy;
import static dk.tillid.notification.OutboxFixtures.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Mail queued in a transaction leaves after its commit, through a real SMTP server, and never after a rollback. */
@IntegrationTest
class NotificationsTest {

    @Autowired
    Notifications notifications;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    GreenMail greenMail;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void emptyMailboxes() throws Exception {
        greenMail.purgeEmailFromAllMailboxes();
    }

    @Test
    void queuedMailIsDeliveredAfterTheCommitWithItsDanishLettersIntact() throws Exception {
        String to = address();
        OutgoingEmail email = confirmation(new SubjectId(UUID.randomUUID()), to);

        UUID id = transactions.execute(status -> notifications.send(email));

        assertThat(greenMail.waitForIncomingEmail(Duration.ofSeconds(10).toMillis(), 1)).isTrue();
        MimeMessage received = receivedBy(greenMail, to)[0];
        assertThat(received.getSubject()).isEqualTo("Bekræft din e-mailadresse – Æblehaven, Ørestad, Åbyhøj");
        assertThat(((String) received.getContent()).replace("\r\n", "\n")).isEqualTo(email.text());
        assertThat(received.getContentType()).containsIgnoringCase("text/plain").containsIgnoringCase("UTF-8");
        assertThat(((InternetAddress) received.getFrom()[0]).getAddress()).isEqualTo("info@jobconnection.dk");
        assertThat(received.getHeader("Auto-Submitted")).containsExactly("auto-generated");
        assertThat(GreenMailUtil.getHeaders(received)).doesNotContain("Bcc");
        awaitStatus(id, "SENT");
        assertThat(jdbc.sql("SELECT body FROM notification_outbox WHERE id = :id").param("id", id).query(String.class)
                .single()).as("a sent mail's text, which may hold a link, is not kept").isEmpty();
    }

    @Test
    void nothingIsQueuedOrSentWhenTheCallersTransactionRollsBack() throws Exception {
        String to = address();
        UUID[] id = new UUID[1];

        transactions.executeWithoutResult(status -> {
            id[0] = notifications.send(confirmation(null, to));
            status.setRollbackOnly();
        });

        assertThat(greenMail.waitForIncomingEmail(1_000, 1)).isFalse();
        assertThat(receivedBy(greenMail, to)).isEmpty();
        assertThat(status(jdbc, id[0])).isEqualTo("GONE");
    }

    @Test
    void mailIsOnlyQueuedInsideTheCallersTransaction() {
        assertThatThrownBy(() -> notifications.send(confirmation(null, address())))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void aLineBreakInTheSubjectOrRecipientNeverReachesTheOutbox() {
        long before = jdbc.sql("SELECT count(*) FROM notification_outbox").query(Long.class).single();

        assertThatIllegalArgumentException().isThrownBy(() -> transactions.executeWithoutResult(status ->
                notifications.send(new OutgoingEmail(null, "EMAIL_CONFIRMATION", address(),
                        "Hej\r\nBcc: alle@example.dk", "text"))));
        assertThatIllegalArgumentException().isThrownBy(() -> transactions.executeWithoutResult(status ->
                notifications.send(new OutgoingEmail(null, "EMAIL_CONFIRMATION", address() + "\nBcc: alle@example.dk",
                        "Hej", "text"))));

        assertThat(jdbc.sql("SELECT count(*) FROM notification_outbox").query(Long.class).single()).isEqualTo(before);
    }

    private void awaitStatus(UUID id, String expected) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!status(jdbc, id).equals(expected) && System.nanoTime() < until) {
            Thread.sleep(20);
        }
        assertThat(status(jdbc, id)).isEqualTo(expected);
    }
}

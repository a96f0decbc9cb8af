package dk.tillid.notification;

import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.icegreen.greenmail.util.GreenMail;
import dk.tillid.IntegrationTest;
import dk.tillid.MutableClock;
import dk.tillid.policy.Policy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static dk.tillid.notification.OutboxFixtures.address;
import static dk.tillid.notification.OutboxFixtures.confirmation;
import static dk.tillid.notification.OutboxFixtures.instant;
import static dk.tillid.notification.OutboxFixtures.receivedBy;
import static dk.tillid.notification.OutboxFixtures.status;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sender on its own, fed rows straight into the outbox: held without a mail server, retried with
 * back-off and given up on a dead one, and never twice when two senders race.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class OutboxSenderTest {

    @Autowired
    OutboxRepository outbox;

    @Autowired
    JavaMailSender mailSender;

    @Autowired
    Policy policy;

    @Autowired
    MutableClock clock;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    GreenMail greenMail;

    @BeforeEach
    void emptyOutbox() throws Exception {
        // The rows of earlier tests must not be claimed here (the application's own sender is idle in tests).
        jdbc.sql("DELETE FROM notification_outbox").update();
        greenMail.purgeEmailFromAllMailboxes();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void withoutAMailServerMailIsHeldForTheAdministrator() {
        OutboxSender withoutServer = new OutboxSender(outbox, (JavaMailSender) null, policy, clock, transactionManager, java.util.List.of(), event -> { }, 600);
        UUID id = queue(address());

        assertThat(withoutServer.canSend()).isFalse();
        assertThat(withoutServer.deliverDue()).isEqualTo(1);

        assertThat(status(jdbc, id)).isEqualTo("HELD");
        assertThat(withoutServer.deliverDue()).as("held mail is not tried again").isZero();
        assertThat(greenMail.getReceivedMessages()).isEmpty();
    }

    @Test
    void aDeadMailServerMeansRetriesWithBackOffThenFailure(CapturedOutput output) throws Exception {
        String to = address();
        OutboxSender dead = new OutboxSender(outbox, deadServer(), policy, clock, transactionManager, java.util.List.of(), event -> { }, 600);
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        clock.set(start);
        UUID id = queue(to);

        List<Duration> waits = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(25),
                Duration.ofMinutes(125));
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(dead.deliverDue()).isEqualTo(1);
            assertThat(status(jdbc, id)).isEqualTo("PENDING");
            assertThat(attempts(id)).isEqualTo(attempt);
            assertThat(instant(jdbc, "next_attempt_at", id)).isEqualTo(clock.instant().plus(waits.get(attempt - 1)));
            assertThat(dead.deliverDue()).as("not due before its back-off").isZero();
            clock.advance(waits.get(attempt - 1).minusSeconds(1));
            assertThat(dead.deliverDue()).as("not due a second early").isZero();
            clock.advance(Duration.ofSeconds(1));
        }
        assertThat(dead.deliverDue()).isEqualTo(1);

        assertThat(status(jdbc, id)).isEqualTo("FAILED");
        assertThat(attempts(id)).isEqualTo(OutboxSender.MAX_ATTEMPTS);
        assertThat(lastError(id)).isEqualTo("org.springframework.mail.MailSendException (java.net.ConnectException)");
        clock.advance(Duration.ofDays(1));
        assertThat(dead.deliverDue()).as("failed mail is given up").isZero();
        assertThat(output.getAll()).contains("given up after 5 attempts").doesNotContain(to, "Bekræft", "Søren");
    }

    @Test
    void aMailThatLaterGoesThroughIsSentOnceAndItsErrorForgotten() {
        String to = address();
        OutboxSender dead = new OutboxSender(outbox, deadServer(), policy, clock, transactionManager, java.util.List.of(), event -> { }, 600);
        OutboxSender alive = new OutboxSender(outbox, mailSender, policy, clock, transactionManager, java.util.List.of(), event -> { }, 600);
        clock.set(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        UUID id = queue(to);

        dead.deliverDue();
        clock.advance(Duration.ofMinutes(1));
        assertThat(alive.deliverDue()).isEqualTo(1);

        assertThat(status(jdbc, id)).isEqualTo("SENT");
        assertThat(attempts(id)).isEqualTo(2);
        assertThat(lastError(id)).isNull();
        assertThat(instant(jdbc, "sent_at", id)).isEqualTo(clock.instant());
        assertThat(receivedBy(greenMail, to)).hasSize(1);
    }

    @Test
    void twoSendersRacingForTheSameOutboxSendEachMailOnce() throws Exception {
        List<String> recipients = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            recipients.add(address());
            queue(recipients.get(i));
        }
        OutboxSender one = new OutboxSender(outbox, mailSender, policy, clock, transactionManager, java.util.List.of(), event -> { }, 600);
        OutboxSender other = new OutboxSender(outbox, mailSender, policy, clock, transactionManager, java.util.List.of(), event -> { }, 600);

        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Integer>> runs = List.of(one::deliverDue, other::deliverDue);
            int settled = 0;
            for (var run : threads.invokeAll(runs)) {
                settled += run.get();
            }
            assertThat(settled).isEqualTo(30);
        } finally {
            threads.shutdownNow();
        }

        assertThat(greenMail.getReceivedMessages()).hasSize(30);
        for (String to : recipients) {
            assertThat(receivedBy(greenMail, to)).as(to).hasSize(1);
        }
        assertThat(jdbc.sql("SELECT count(*) FROM notification_outbox WHERE status = 'SENT'").query(Long.class).single())
                .isEqualTo(30);
    }

    @Test
    void aBulkMailTheRecipientNoLongerWantsIsSuppressedWithTheReasonAndNotSent() {
        List<MailSettled> settled = new ArrayList<>();
        SendingCheck onlyTheFirst = mail -> mail.about().value().equals(first) ? Optional.empty() : Optional.of("CONSENT_WITHDRAWN");
        OutboxSender sender = new OutboxSender(outbox, mailSender, policy, clock, transactionManager, List.of(onlyTheFirst),
                event -> settled.add((MailSettled) event), 600);
        String wanted = address();
        String unwanted = address();
        UUID sent = queueBulk(first, wanted);
        UUID suppressed = queueBulk(UUID.randomUUID(), unwanted);
        UUID plain = queue(address());

        assertThat(sender.deliverDue()).isEqualTo(3);

        assertThat(status(jdbc, sent)).isEqualTo("SENT");
        assertThat(status(jdbc, suppressed)).isEqualTo("SUPPRESSED");
        assertThat(status(jdbc, plain)).as("the checks are for bulk mail only").isEqualTo("SENT");
        assertThat(receivedBy(greenMail, wanted)).hasSize(1);
        assertThat(receivedBy(greenMail, unwanted)).isEmpty();
        assertThat(jdbc.sql("SELECT suppressed_reason FROM notification_outbox WHERE id = :id").param("id", suppressed)
                .query(String.class).single()).isEqualTo("CONSENT_WITHDRAWN");
        assertThat(settled).containsExactlyInAnyOrder(new MailSettled(sent, "CAMPAIGN", OutboxEntry.Status.SENT, null),
                new MailSettled(suppressed, "CAMPAIGN", OutboxEntry.Status.SUPPRESSED, "CONSENT_WITHDRAWN"));
    }

    @Test
    void mailPeopleWaitForLeavesBeforeBulkMailAndBulkMailKeepsToItsRate() throws Exception {
        OutboxSender sender = new OutboxSender(outbox, mailSender, policy, clock, transactionManager, List.of(),
                event -> { }, 2);
        List<UUID> bulk = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            bulk.add(queueBulk(UUID.randomUUID(), address()));
        }
        clock.advance(Duration.ofSeconds(1));
        UUID signInLink = queue(address());

        assertThat(sender.deliverDue()).as("the sign-in link and two bulk mails (the rate is 2 a minute)").isEqualTo(3);
        Instant sentAt = jdbc.sql("SELECT sent_at FROM notification_outbox WHERE id = :id").param("id", signInLink)
                .query(java.sql.Timestamp.class).single().toInstant();
        assertThat(bulk.stream().map(id -> status(jdbc, id)).filter("PENDING"::equals)).hasSize(1);
        assertThat(jdbc.sql("SELECT count(*) FROM notification_outbox WHERE bulk AND sent_at < :at")
                .param("at", java.sql.Timestamp.from(sentAt)).query(Integer.class).single())
                .as("queued later, the sign-in link left first").isZero();

        assertThat(sender.deliverDue()).as("the minute is not over").isZero();
        clock.advance(Duration.ofMinutes(1));
        assertThat(sender.deliverDue()).isEqualTo(1);
        assertThat(bulk.stream().map(id -> status(jdbc, id))).containsOnly("SENT");
    }

    @Test
    void aBulkMailCarriesTheOneClickUnsubscribeHeaders() throws Exception {
        OutboxSender sender = new OutboxSender(outbox, mailSender, policy, clock, transactionManager, List.of(),
                event -> { }, 600);
        String to = address();
        queueBulk(UUID.randomUUID(), to);
        sender.deliverDue();
        var message = java.util.Arrays.stream(greenMail.getReceivedMessages()).filter(received -> {
            try {
                return received.getAllRecipients()[0].toString().equals(to);
            } catch (jakarta.mail.MessagingException unreadable) {
                return false;
            }
        }).findFirst().orElseThrow();
        assertThat(message.getHeader("List-Unsubscribe")[0]).isEqualTo("<https://tillid.example/unsubscribe/abc>");
        assertThat(message.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(message.getHeader("Precedence")[0]).isEqualTo("bulk");
    }

    private final UUID first = UUID.randomUUID();

    private UUID queueBulk(UUID about, String to) {
        UUID id = UUID.randomUUID();
        transactions.executeWithoutResult(status -> outbox.insert(id, new OutgoingEmail(new dk.tillid.privacy.SubjectId(about),
                "CAMPAIGN", to, "Nyt fra os", "Tekst"), clock.instant(), false, "https://tillid.example/unsubscribe/abc"));
        return id;
    }

    @Test
    void aRunSendsAllItsMailOverOneConnectionToTheMailServer() {
        List<String> recipients = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            recipients.add(address());
            queue(recipients.get(i));
        }
        // JavaMail's protocol trace, kept in the test: it shows each greeting (EHLO) the server got.
        java.io.ByteArrayOutputStream trace = new java.io.ByteArrayOutputStream();
        JavaMailSenderImpl traced = new JavaMailSenderImpl();
        traced.setHost(greenMail.getSmtp().getBindTo());
        traced.setPort(greenMail.getSmtp().getPort());
        jakarta.mail.Session session = jakarta.mail.Session.getInstance(new Properties());
        session.setDebug(true);
        session.setDebugOut(new java.io.PrintStream(trace, true, java.nio.charset.StandardCharsets.UTF_8));
        traced.setSession(session);
        OutboxSender sender = new OutboxSender(outbox, traced, policy, clock, transactionManager, java.util.List.of(), event -> { }, 600);

        assertThat(sender.deliverDue()).isEqualTo(30);

        for (String to : recipients) {
            assertThat(receivedBy(greenMail, to)).as(to).hasSize(1);
        }
        String protocol = trace.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(protocol.lines().filter(line -> line.startsWith("EHLO ")).count()).as("greetings").isEqualTo(1);
        assertThat(protocol.lines().filter(line -> line.startsWith("QUIT")).count()).as("goodbyes").isEqualTo(1);
    }

    @Test
    void theBackOffGrowsFiveFold() {
        assertThat(List.of(1, 2, 3, 4).stream().map(OutboxSender::backoff).toList()).containsExactly(
                Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(25), Duration.ofMinutes(125));
    }

    private UUID queue(String to) {
        UUID id = UUID.randomUUID();
        transactions.executeWithoutResult(status -> outbox.insert(id, confirmation(null, to), clock.instant(), false, null));
        return id;
    }

    private int attempts(UUID id) {
        return jdbc.sql("SELECT attempts FROM notification_outbox WHERE id = :id").param("id", id).query(Integer.class).single();
    }

    private String lastError(UUID id) {
        return jdbc.sql("SELECT last_error FROM notification_outbox WHERE id = :id").param("id", id)
                .query((row, n) -> Optional.ofNullable(row.getString(1))).single().orElse(null);
    }

    /** A mail sender pointed at a port where nothing listens. */
    private static JavaMailSender deadServer() {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        Properties properties = new Properties();
        properties.setProperty("mail.smtp.connectiontimeout", "2000");
        properties.setProperty("mail.smtp.timeout", "2000");
        sender.setJavaMailProperties(properties);
        return sender;
    }
}

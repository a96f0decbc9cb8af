package dk.tillid.notification;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

import dk.tillid.policy.Policy;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends what the outbox holds: right after the commit that queued a mail, and on a fixed delay for
 * retries. Each mail is claimed (row lock, SKIP LOCKED), sent and marked in one transaction, so two
 * instances never send it twice; a crash between sending and commit sends it again (at least once).
 * A run keeps one SMTP connection open for all the mail it sends ({@link MailConnection}).
 * Without a {@link JavaMailSender} (no {@code spring.mail.host}) mail is marked HELD instead, for an
 * administrator to read in the app.
 */
@Component
class OutboxSender implements DisposableBean {

    static final int MAX_ATTEMPTS = 5;
    static final Duration FIRST_RETRY = Duration.ofMinutes(1);
    static final int BACKOFF_FACTOR = 5;
    /** Bounds one run, so that a flood of mail cannot keep the sending thread busy for ever. */
    static final int MAX_PER_RUN = 500;
    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

    private final OutboxRepository outbox;
    private final JavaMailSender mail;
    private final Policy policy;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final List<SendingCheck> checks;
    private final ApplicationEventPublisher events;
    private final int bulkPerMinute;
    /** SMTP is slow and may hang until its timeout: never on the request's thread, nor on the shared scheduler's. */
    private final ExecutorService sending = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "tillid-outbox");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean runQueued = new AtomicBoolean();

    @Autowired
    OutboxSender(OutboxRepository outbox, ObjectProvider<JavaMailSender> mail, Policy policy, Clock clock,
                 PlatformTransactionManager transactionManager, ObjectProvider<SendingCheck> checks,
                 ApplicationEventPublisher events, @Value("${tillid.notification.bulk-per-minute}") int bulkPerMinute) {
        this(outbox, mail.getIfAvailable(), policy, clock, transactionManager, checks.orderedStream().toList(), events,
                bulkPerMinute);
    }

    /** With {@code mail} null, mail is held. */
    OutboxSender(OutboxRepository outbox, JavaMailSender mail, Policy policy, Clock clock,
                 PlatformTransactionManager transactionManager, List<SendingCheck> checks,
                 ApplicationEventPublisher events, int bulkPerMinute) {
        if (bulkPerMinute < 1) {
            throw new IllegalArgumentException("tillid.notification.bulk-per-minute must be at least 1");
        }
        this.outbox = outbox;
        this.mail = mail;
        this.policy = policy;
        this.clock = clock;
        this.checks = List.copyOf(checks);
        this.events = events;
        this.bulkPerMinute = bulkPerMinute;
        // Its own transaction even when called from a commit's aftermath, where the old one is still bound.
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Whether mail can leave at all; without an SMTP server it is held. */
    boolean canSend() {
        return mail != null;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void queued(Notifications.Queued event) {
        if (event.bulk()) {
            // Bulk mail keeps to the rate and waits behind other mail: the next run takes it.
            poll();
        } else {
            submit(() -> deliver(event.id()));
        }
    }

    @Scheduled(fixedDelayString = "${tillid.notification.retry-interval}")
    void poll() {
        // One run queued at a time: polls must not pile up behind a slow SMTP server.
        if (runQueued.compareAndSet(false, true)) {
            submit(() -> {
                runQueued.set(false);
                if (deliverDue() >= MAX_PER_RUN) {
                    poll();
                }
            });
        }
    }

    /**
     * Sends due mail, other mail before bulk mail, and bulk mail only while fewer than
     * {@code bulk-per-minute} left in the last minute; returns how many it settled (sent, held,
     * retried, failed or suppressed).
     */
    int deliverDue() {
        int settled = 0;
        int bulkBudget = bulkPerMinute - outbox.bulkSentSince(clock.instant().minus(Duration.ofMinutes(1)));
        // One SMTP connection for the run, not one per mail (see MailConnection).
        try (MailConnection connection = new MailConnection(mail)) {
            while (settled < MAX_PER_RUN) {
                boolean bulkToo = bulkBudget > 0;
                Optional<Boolean> wasBulk = transactions.execute(status ->
                        outbox.claimDue(clock.instant(), bulkToo).map(claimed -> settle(claimed, connection) && claimed.bulk()));
                if (wasBulk == null || wasBulk.isEmpty()) {
                    break;
                }
                settled++;
                if (wasBulk.get()) {
                    bulkBudget--;
                }
            }
        }
        return settled;
    }

    /** Sends one mail now if it still waits (whatever its due time) and no one else is at it. */
    boolean deliver(UUID id) {
        try (MailConnection connection = new MailConnection(mail)) {
            return Boolean.TRUE.equals(transactions.execute(status ->
                    outbox.claim(id).map(claimed -> settle(claimed, connection)).isPresent()));
        }
    }

    private boolean settle(OutboxRepository.Claimed claimed, MailConnection connection) {
        Optional<String> refusal = claimed.bulk() ? refusal(claimed) : Optional.empty();
        if (refusal.isPresent()) {
            outbox.markSuppressed(claimed.id(), refusal.get());
            settled(claimed, OutboxEntry.Status.SUPPRESSED, refusal.get());
            return true;
        }
        if (mail == null) {
            outbox.markHeld(claimed.id());
            settled(claimed, OutboxEntry.Status.HELD, null);
            log.info("E-mail {} held in the outbox: no SMTP server is configured (spring.mail.host)", claimed.id());
            return true;
        }
        int attempt = claimed.attempts() + 1;
        try {
            connection.send(message(claimed));
            outbox.markSent(claimed.id(), attempt, clock.instant());
            settled(claimed, OutboxEntry.Status.SENT, null);
        } catch (MailParseException | MailPreparationException | AddressException malformed) {
            outbox.markFailed(claimed.id(), attempt, errorOf(malformed));
            settled(claimed, OutboxEntry.Status.FAILED, errorOf(malformed));
            log.warn("E-mail {} cannot be built ({}); not retried", claimed.id(), errorOf(malformed));
        } catch (MailException | MessagingException failure) {
            failed(claimed, attempt, errorOf(failure));
        }
        return true;
    }

    /** The first check's refusal: the recipient withdrew, objected or left since the mail was queued. */
    private Optional<String> refusal(OutboxRepository.Claimed claimed) {
        SendingCheck.Leaving leaving = new SendingCheck.Leaving(claimed.id(), claimed.about(), claimed.kind(), claimed.to());
        return checks.stream().map(check -> check.refusal(leaving)).flatMap(Optional::stream).findFirst();
    }

    /** Tells the module that queued a bulk mail how it ended, in this transaction. */
    private void settled(OutboxRepository.Claimed claimed, OutboxEntry.Status status, String reason) {
        if (claimed.bulk()) {
            events.publishEvent(new MailSettled(claimed.id(), claimed.kind(), status, reason));
        }
    }

    private void failed(OutboxRepository.Claimed claimed, int attempt, String error) {
        UUID id = claimed.id();
        if (attempt >= MAX_ATTEMPTS) {
            outbox.markFailed(id, attempt, error);
            settled(claimed, OutboxEntry.Status.FAILED, error);
            log.warn("E-mail {} failed ({}); given up after {} attempts", id, error, attempt);
            return;
        }
        Instant next = clock.instant().plus(backoff(attempt));
        outbox.markRetry(id, attempt, next, error);
        log.warn("E-mail {} failed ({}); attempt {} of {}, next at {}", id, error, attempt, MAX_ATTEMPTS, next);
    }

    /** 1, 5, 25, 125 minutes after the 1st, 2nd, 3rd, 4th failed attempt. */
    static Duration backoff(int failedAttempts) {
        return FIRST_RETRY.multipliedBy((long) Math.pow(BACKOFF_FACTOR, failedAttempts - 1));
    }

    private MimeMessage message(OutboxRepository.Claimed claimed) throws MessagingException {
        MimeMessage message = mail.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
        try {
            helper.setFrom(policy.controller().email(), policy.controller().name());
        } catch (UnsupportedEncodingException impossible) {
            throw new MailPreparationException("UTF-8 is not supported", impossible);
        }
        helper.setTo(claimed.to());
        helper.setSubject(claimed.subject());
        helper.setText(claimed.text(), false);
        // Tells auto-responders not to answer (RFC 3834).
        message.setHeader("Auto-Submitted", "auto-generated");
        if (claimed.bulk()) {
            // RFC 2369 and RFC 8058: the mail program offers "unsubscribe", done by one POST without a sign-in.
            message.setHeader("List-Unsubscribe", "<" + claimed.listUnsubscribe() + ">");
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
            message.setHeader("Precedence", "bulk");
        }
        return message;
    }

    /**
     * The exception's class and its root cause's, never a message: those of SMTP failures name the
     * refused addresses.
     */
    static String errorOf(Exception failure) {
        Throwable root = failure;
        if (failure instanceof MailSendException send && send.getMessageExceptions().length > 0) {
            root = send.getMessageExceptions()[0];
        }
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String error = failure.getClass().getName();
        return root == failure ? error : error + " (" + root.getClass().getName() + ")";
    }

    private void submit(Runnable work) {
        try {
            sending.execute(() -> {
                try {
                    work.run();
                } catch (RuntimeException unexpected) {
                    // The mail stays PENDING and the next poll tries again; the message may hold data.
                    log.error("Sending from the outbox failed: {}", unexpected.getClass().getName());
                }
            });
        } catch (RejectedExecutionException shuttingDown) {
            // The mail stays in the outbox and goes at the next start.
        }
    }

    @Override
    public void destroy() {
        sending.shutdownNow();
    }
}

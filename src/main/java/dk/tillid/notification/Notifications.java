package dk.tillid.notification;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import dk.tillid.policy.PurposeId;
import dk.tillid.privacy.SubjectId;
import dk.tillid.privacy.audit.AuditTrail;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way to send e-mail. {@link #send} only queues: the mail is a row of the outbox in the
 * caller's transaction, so a rolled-back registration sends no confirmation, and a committed one
 * cannot lose its mail; it leaves after the commit, or on a later retry.
 */
@Service
public class Notifications {

    /** Recipients, subject lines and texts are identity and contact data. */
    static final String CATEGORY = "P-DATA-1";
    static final int LIST_LIMIT = 500;

    private final OutboxRepository outbox;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;
    private final Clock clock;

    Notifications(OutboxRepository outbox, ApplicationEventPublisher events, AuditTrail audit, Clock clock) {
        this.outbox = outbox;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /** Published with the queued mail's id only; the sender reads the rest from the outbox after the commit. */
    record Queued(UUID id, boolean bulk) {
    }

    /** Queues the mail in the caller's transaction (there must be one) and returns its outbox id. */
    @Transactional(propagation = Propagation.MANDATORY)
    public UUID send(OutgoingEmail email) {
        return queue(email, false);
    }

    /**
     * Queues a mail to no known person (it cannot be sealed with a key that is about to go) whose
     * row, address included, is deleted as soon as it is sent: the receipt of an erasure.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public UUID sendAndForget(OutgoingEmail email) {
        if (email.about() != null) {
            throw new IllegalArgumentException("A mail to be forgotten is about no known person");
        }
        return queue(email, true);
    }

    /**
     * Queues mail the agency sends on its own initiative (a job alert, a campaign) to a known person:
     * it leaves after the mail people wait for, at the bulk rate, with {@code unsubscribeUrl} in the
     * {@code List-Unsubscribe} header for one-click unsubscribing (RFC 8058), and only if every
     * {@link SendingCheck} still lets it go when it is about to leave.
     *
     * @param unsubscribeUrl an http(s) address that unsubscribes with a POST and needs no sign-in
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public UUID sendBulk(OutgoingEmail email, String unsubscribeUrl) {
        Objects.requireNonNull(email, "email");
        if (email.about() == null) {
            throw new IllegalArgumentException("Bulk mail goes to a known person, who can unsubscribe");
        }
        if (unsubscribeUrl == null || !UNSUBSCRIBE_URL.matcher(unsubscribeUrl).matches()) {
            throw new IllegalArgumentException("The unsubscribe address must be an http(s) URL of at most 500 characters");
        }
        UUID id = UUID.randomUUID();
        outbox.insert(id, email, clock.instant(), false, unsubscribeUrl);
        events.publishEvent(new Queued(id, true));
        return id;
    }

    /** No spaces, angle brackets or line breaks: it goes between angle brackets in a header. */
    private static final java.util.regex.Pattern UNSUBSCRIBE_URL = java.util.regex.Pattern.compile("https?://[!-;=?-~]{1,490}");

    private UUID queue(OutgoingEmail email, boolean forgetWhenSent) {
        Objects.requireNonNull(email, "email");
        UUID id = UUID.randomUUID();
        outbox.insert(id, email, clock.instant(), forgetWhenSent, null);
        events.publishEvent(new Queued(id, false));
        return id;
    }

    /**
     * What has not been sent (held, waiting, failed), newest first, at most {@value #LIST_LIMIT}:
     * for an administrator, and recorded as a read of each person's contact data.
     */
    public List<OutboxEntry> undelivered() {
        List<OutboxEntry> entries = outbox.undelivered(LIST_LIMIT);
        List<SubjectId> people = entries.stream().map(OutboxEntry::about).filter(Objects::nonNull).distinct().toList();
        if (!people.isEmpty()) {
            audit.read(people, PurposeId.ADMINISTRATION, CATEGORY);
        }
        return entries;
    }

    /**
     * One mail with its text, for an administrator; recorded as a read of the person's contact data.
     * The text of a mail that discloses a person's data to someone else (a profile, a criminal record
     * extract for a client) is not shown: its categories are not the administrator's to read.
     */
    public Optional<OutboxEntry.Opened> open(UUID id) {
        Optional<OutboxEntry> entry = outbox.find(id);
        entry.map(OutboxEntry::about).ifPresent(person -> audit.read(person, PurposeId.ADMINISTRATION, CATEGORY));
        return entry.flatMap(found -> DISCLOSURE_KINDS.contains(found.kind())
                ? Optional.of(new OutboxEntry.Opened(found, null))
                : outbox.text(id).map(text -> new OutboxEntry.Opened(found, text)));
    }

    /** Kinds of mail that carry data disclosed to a third party (through the disclosure ledger). */
    public static final java.util.Set<String> DISCLOSURE_KINDS = java.util.Set.of("CLIENT_DISCLOSURE");
}

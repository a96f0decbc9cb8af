package dk.tillid.portal;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import dk.tillid.notification.Notifications;
import dk.tillid.notification.OutgoingEmail;
import dk.tillid.person.ContactDetails;
import dk.tillid.person.Person;
import dk.tillid.person.PersonId;
import dk.tillid.person.Persons;
import dk.tillid.platform.SlidingWindowLimiter;
import dk.tillid.platform.SlidingWindowLimiter.Limit;
import dk.tillid.policy.Policy;
import dk.tillid.policy.PurposeId;
import dk.tillid.privacy.audit.Actor;
import dk.tillid.privacy.audit.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * P-DATA-0: the person changes the e-mail address they gave us, with proof that the new one is
 * theirs. Asking mails a one-time link to the new address and a notice to the old one; only the
 * link, followed and confirmed, changes the address. An address someone else has gets the same
 * answer on the page and no link (its owner is told it is in use), and is never taken from them.
 * Asking is limited per person, per network and per new address (in memory, per instance).
 */
@Service
@Transactional
class EmailChanges {

    static final Duration WINDOW = Duration.ofHours(1);
    private static final PurposeId PURPOSE = PurposeId.DATA_SUBJECT_RIGHTS;
    private static final Actor LOOKUP = Actor.system("portal-email-change");
    private static final Logger log = LoggerFactory.getLogger(EmailChanges.class);

    /** What asking did, as far as the person may know. */
    enum Asked { LINK_SENT, ALREADY_YOURS }

    /** What following a link did. */
    enum Confirmed {
        CHANGED,
        /** Unknown, malformed, expired or used, or the address is someone else's by now: all alike. */
        INVALID,
        /** Someone else is signed in in this browser: nothing is changed and the link still works. */
        ANOTHER_PERSON
    }

    /** Thrown when a person, network or address asked too often; nothing was looked up or sent. */
    static class TooManyAttempts extends RuntimeException {
        TooManyAttempts() {
            super("Too many e-mail changes asked for");
        }
    }

    private final PendingEmailChanges pending;
    private final Persons persons;
    private final Notifications notifications;
    private final AuditTrail audit;
    private final MessageSource messages;
    private final Policy policy;
    private final String publicUrl;
    private final int perPerson;
    private final int perNetwork;
    private final int perAddress;
    private final SlidingWindowLimiter limiter;

    EmailChanges(PendingEmailChanges pending, Persons persons, Notifications notifications, AuditTrail audit,
                 MessageSource messages, Policy policy, Clock clock, @Value("${tillid.site.public-url}") String publicUrl,
                 @Value("${tillid.portal.email-changes-per-person-per-hour:5}") int perPerson,
                 @Value("${tillid.portal.email-changes-per-network-per-hour:30}") int perNetwork,
                 @Value("${tillid.portal.email-changes-per-address-per-hour:5}") int perAddress) {
        this.pending = pending;
        this.persons = persons;
        this.notifications = notifications;
        this.audit = audit;
        this.messages = messages;
        this.policy = policy;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
        this.perPerson = perPerson;
        this.perNetwork = perNetwork;
        this.perAddress = perAddress;
        this.limiter = new SlidingWindowLimiter(WINDOW, clock);
    }

    /**
     * The signed-in person asks for {@code email} to become their address.
     *
     * @throws IllegalArgumentException if the address is malformed (nothing is counted or sent)
     * @throws TooManyAttempts when they, their network or that address asked too often this hour
     */
    Asked ask(PersonId person, String email, String network, Locale locale) {
        String address = new ContactDetails(email, null).email();
        if (address == null) {
            throw new IllegalArgumentException("An e-mail address is needed");
        }
        if (!limiter.allow(new Limit("person:" + person.value(), perPerson), new Limit("network:" + network, perNetwork),
                new Limit("address:" + address, perAddress))) {
            throw new TooManyAttempts();
        }
        Person current = persons.get(person, PURPOSE);
        if (address.equals(current.contact().email())) {
            return Asked.ALREADY_YOURS;
        }
        String agency = policy.controller().name();
        Optional<PersonId> owner = audit.actingAs(LOOKUP, () -> persons.findByEmail(address, PURPOSE));
        if (owner.isPresent()) {
            notifications.send(new OutgoingEmail(owner.get().subject(), "EMAIL_CHANGE_IN_USE", address,
                    message("portal.email.mail.inUse.subject", locale, agency),
                    message("portal.email.mail.inUse.text", locale, agency, publicUrl + "/portal/sign-in")));
        } else {
            String token = pending.hold(person, address);
            notifications.send(new OutgoingEmail(person.subject(), "EMAIL_CHANGE_CONFIRMATION", address,
                    message("portal.email.mail.confirm.subject", locale, agency),
                    message("portal.email.mail.confirm.text", locale, agency,
                            publicUrl + "/portal/email/confirm?token=" + token, pending.validity().toHours())));
        }
        // The same notice whatever became of the new address: the old one's owner learns nothing about it.
        // An old address mail cannot go to (parentheses, say) gets none: the person can still replace it.
        if (current.contact().email() != null && OutgoingEmail.canBeSentTo(current.contact().email())) {
            notifications.send(new OutgoingEmail(person.subject(), "EMAIL_CHANGE_NOTICE", current.contact().email(),
                    message("portal.email.mail.notice.subject", locale, agency),
                    message("portal.email.mail.notice.text", locale, agency, pending.validity().toHours(),
                            policy.controller().email())));
        }
        return Asked.LINK_SENT;
    }

    /**
     * The owner of the new address confirms the change the link was made for — theirs, never the
     * signed-in person's if that is someone else (then nothing happens and the link keeps working).
     * Recorded in the audit trail as the person's own change.
     */
    Confirmed confirm(String token, Optional<PersonId> signedIn) {
        Optional<PersonId> owner = pending.ownerOf(token);
        if (owner.isEmpty()) {
            return Confirmed.INVALID;
        }
        if (signedIn.isPresent() && !signedIn.get().equals(owner.get())) {
            return Confirmed.ANOTHER_PERSON;
        }
        Optional<PendingEmailChanges.Pending> taken = pending.take(token);
        if (taken.isEmpty()) {
            return Confirmed.INVALID;
        }
        PersonId person = taken.get().person();
        boolean changed = audit.actingAs(Actor.person(person.value().toString()),
                () -> persons.changeEmail(person, taken.get().address(), PURPOSE));
        return changed ? Confirmed.CHANGED : Confirmed.INVALID;
    }

    /** New addresses never confirmed are deleted when their link expires. */
    @Scheduled(fixedDelayString = "${tillid.portal.purge-interval:1h}", initialDelayString = "${tillid.portal.purge-interval:1h}")
    public void deleteExpired() {
        int deleted = pending.deleteExpired();
        if (deleted > 0) {
            log.info("Deleted {} e-mail changes whose link expired unused", deleted);
        }
    }

    void forgetAttempts() {
        limiter.forgetAll();
    }

    private String message(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}

package dk.tillid.portal;

import java.util.Locale;
import java.util.stream.Collectors;

import dk.tillid.notification.Notifications;
import dk.tillid.notification.OutgoingEmail;
import dk.tillid.person.PersonId;
import dk.tillid.person.Persons;
import dk.tillid.policy.Policy;
import dk.tillid.policy.PurposeId;
import dk.tillid.policy.Text;
import dk.tillid.privacy.requests.ErasureProposal;
import dk.tillid.privacy.requests.Erasures;
import dk.tillid.privacy.requests.RequestId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the person what their erasure deleted and what a law keeps, why and until when (Art. 17,
 * 12(1)), as the modules report it. The address is read before the data goes and held only for the
 * erasing transaction (bound to it, never put in an event); the mail is to no known person (their
 * key may be destroyed) and forgotten, address and all, once it is sent.
 */
@Component
class ErasureReceiptMail {

    private static final Logger log = LoggerFactory.getLogger(ErasureReceiptMail.class);

    private final Persons persons;
    private final Notifications notifications;
    private final Policy policy;
    private final Erasures erasures;

    ErasureReceiptMail(Persons persons, Notifications notifications, Policy policy, Erasures erasures) {
        this.persons = persons;
        this.notifications = notifications;
        this.policy = policy;
        this.erasures = erasures;
    }

    @EventListener
    void on(Erasures.ErasureStarting starting) {
        persons.find(new PersonId(starting.subject().value()), PurposeId.DATA_SUBJECT_RIGHTS)
                .map(person -> person.contact().email())
                .ifPresent(address -> {
                    Object key = key(starting.request());
                    TransactionSynchronizationManager.bindResource(key, address);
                    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                        @Override
                        public void afterCompletion(int status) {
                            TransactionSynchronizationManager.unbindResourceIfPossible(key);
                        }
                    });
                });
    }

    @EventListener
    void on(Erasures.ErasureDone done) {
        Object address = TransactionSynchronizationManager.getResource(key(done.request()));
        if (address == null) {
            return;
        }
        try {
            notifications.sendAndForget(new OutgoingEmail(null, "ERASURE_RECEIPT", address.toString(),
                    "Dine oplysninger er slettet / Your data is erased",
                    text(done, Text.DANISH) + "\n\n----\n\n" + text(done, Locale.ENGLISH)));
        } catch (IllegalArgumentException undeliverable) {
            // An address the person module took but no mail server should get: the erasure stands; the DPO writes.
            log.warn("No erasure receipt for request {}: the address on record cannot be mailed; send a letter",
                    done.request().value());
        }
    }

    private static Object key(RequestId request) {
        return ErasureReceiptMail.class.getName() + ":" + request.value();
    }

    private String text(Erasures.ErasureDone done, Locale locale) {
        boolean danish = locale.getLanguage().equals("da");
        StringBuilder text = new StringBuilder(danish
                ? "Vi har slettet dine oplysninger hos " + policy.controller().name() + ", som du bad om.\n"
                : "We have erased your data at " + policy.controller().name() + ", as you asked.\n");
        if (!done.deleted().isEmpty()) {
            text.append(danish ? "\nSlettet:\n" : "\nDeleted:\n").append(done.deleted().stream()
                    .map(category -> "- " + policy.categoryName(category, locale)).collect(Collectors.joining("\n"))).append('\n');
        }
        if (done.kept().isEmpty()) {
            text.append(danish ? "\nVi gemmer intet om dig.\n" : "\nWe keep nothing about you.\n");
        } else {
            text.append(danish ? "\nGemt, fordi loven kræver det:\n" : "\nKept, because the law requires it:\n");
            for (ErasureProposal.Keeping kept : done.kept()) {
                text.append("- ").append(policy.categoryName(kept.category(), locale)).append(": ")
                        .append(erasures.whyKept(kept.rule(), locale))
                        .append(danish ? ", til og med " : ", until ").append(kept.until()).append('\n');
            }
            text.append(danish ? "Derefter slettes det uden videre.\n" : "After that, it is deleted without further notice.\n");
        }
        var authority = policy.supervisoryAuthority();
        text.append(danish ? "\nDu kan klage til " : "\nYou may complain to ").append(authority.name().in(locale))
                .append(", ").append(authority.website()).append('.');
        return text.toString();
    }

}

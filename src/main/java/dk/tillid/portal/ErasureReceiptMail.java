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
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the person what their erasure deleted and what a law keeps, why and until when (Art. 17,
 * 12(1)). The mail is queued before the data goes, to no known person (their key is about to be
 * destroyed), and forgotten, address and all, once it is sent.
 */
@Component
class ErasureReceiptMail {

    private final Persons persons;
    private final Notifications notifications;
    private final Policy policy;

    ErasureReceiptMail(Persons persons, Notifications notifications, Policy policy) {
        this.persons = persons;
        this.notifications = notifications;
        this.policy = policy;
    }

    @EventListener
    void on(Erasures.ErasureDecided decided) {
        persons.find(new PersonId(decided.subject().value()), PurposeId.DATA_SUBJECT_RIGHTS)
                .map(person -> person.contact().email())
                .ifPresent(address -> notifications.sendAndForget(new OutgoingEmail(null, "ERASURE_RECEIPT", address,
                        "Dine oplysninger er slettet / Your data is erased",
                        text(decided, Text.DANISH) + "\n\n----\n\n" + text(decided, Locale.ENGLISH))));
    }

    private String text(Erasures.ErasureDecided decided, Locale locale) {
        boolean danish = locale.getLanguage().equals("da");
        StringBuilder text = new StringBuilder(danish
                ? "Vi har slettet dine oplysninger hos " + policy.controller().name() + ", som du bad om.\n"
                : "We have erased your data at " + policy.controller().name() + ", as you asked.\n");
        if (!decided.deleted().isEmpty()) {
            text.append(danish ? "\nSlettet:\n" : "\nDeleted:\n").append(decided.deleted().stream()
                    .map(category -> "- " + name(category, locale)).collect(Collectors.joining("\n"))).append('\n');
        }
        if (decided.kept().isEmpty()) {
            text.append(danish ? "\nVi gemmer intet om dig.\n" : "\nWe keep nothing about you.\n");
        } else {
            text.append(danish ? "\nGemt, fordi loven kræver det:\n" : "\nKept, because the law requires it:\n");
            for (ErasureProposal.Keeping kept : decided.kept()) {
                text.append("- ").append(name(kept.category(), locale)).append(": ")
                        .append(policy.retentionRule(kept.rule()).legalObligation().in(locale))
                        .append(danish ? ", til og med " : ", until ").append(kept.until()).append('\n');
            }
            text.append(danish ? "Derefter slettes det uden videre.\n" : "After that, it is deleted without further notice.\n");
        }
        var authority = policy.supervisoryAuthority();
        text.append(danish ? "\nDu kan klage til " : "\nYou may complain to ").append(authority.name().in(locale))
                .append(", ").append(authority.website()).append('.');
        return text.toString();
    }

    private String name(String category, Locale locale) {
        return policy.findCategory(category).map(found -> found.name().in(locale)).orElse(category);
    }
}

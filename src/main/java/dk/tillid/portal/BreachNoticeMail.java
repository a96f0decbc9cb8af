package dk.tillid.portal;

import java.util.Locale;

import dk.tillid.notification.Notifications;
import dk.tillid.notification.OutgoingEmail;
import dk.tillid.person.Person;
import dk.tillid.person.PersonId;
import dk.tillid.person.Persons;
import dk.tillid.policy.PurposeId;
import dk.tillid.policy.Text;
import dk.tillid.privacy.SubjectId;
import dk.tillid.privacy.breach.BreachNoticeChannel;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Tells a person of a high-risk breach (GDPR Art. 34) in clear language, Danish then English, with
 * the Art. 34(2) content. Unlike the deletion notice, also to someone who unregistered: the law owes
 * them this, and it is no contact for the agency's sake. The mail names the person, never a CPR number
 * (the outbox refuses one).
 */
@Component
class BreachNoticeMail implements BreachNoticeChannel {

    private final Persons persons;
    private final Notifications notifications;
    private final MessageSource messages;

    BreachNoticeMail(Persons persons, Notifications notifications, MessageSource messages) {
        this.persons = persons;
        this.notifications = notifications;
        this.messages = messages;
    }

    @Override
    public Outcome tell(SubjectId subject, BreachNotice notice) {
        Person person = persons.find(new PersonId(subject.value()), PurposeId.ADMINISTRATION).orElse(null);
        if (person == null) {
            return Outcome.UNKNOWN;
        }
        String address = person.contact().email();
        if (address == null || !OutgoingEmail.canBeSentTo(address)) {
            return Outcome.NO_ADDRESS;
        }
        String name = person.name().givenName();
        notifications.send(new OutgoingEmail(subject, "BREACH_NOTICE", address,
                messages.getMessage("breach.mail.subject", null, Locale.ENGLISH),
                text("breach.mail.da", name, notice, Text.DANISH) + "\n\n----\n\n" + text("breach.mail.en", name, notice, Locale.ENGLISH)));
        return Outcome.SENT;
    }

    private String text(String key, String name, BreachNotice notice, Locale locale) {
        return messages.getMessage(key, new Object[] {name, notice.description(), notice.consequences(), notice.measures(),
                notice.advice(), notice.contactEmail(), notice.contactPhone()}, locale);
    }
}

package dk.tillid.portal;

import java.time.LocalDate;
import java.util.Locale;

import dk.tillid.notification.Notifications;
import dk.tillid.notification.OutgoingEmail;
import dk.tillid.person.PersonId;
import dk.tillid.person.Persons;
import dk.tillid.policy.PurposeId;
import dk.tillid.policy.Text;
import dk.tillid.privacy.SubjectId;
import dk.tillid.privacy.retention.RetentionNoticeChannel;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Tells a candidate that their profile is about to be deleted and that signing in keeps it (signing
 * in is contact, which moves the date). Not to someone who unregistered: they asked not to be contacted
 * (P-OPT-1), and their profile goes without a word, as the policy says.
 */
@Component
class DeletionNoticeMail implements RetentionNoticeChannel {

    private final Persons persons;
    private final Notifications notifications;
    private final MessageSource messages;
    private final String signIn;

    DeletionNoticeMail(Persons persons, Notifications notifications, MessageSource messages,
                       @Value("${tillid.site.public-url}") String publicUrl) {
        this.persons = persons;
        this.notifications = notifications;
        this.messages = messages;
        this.signIn = publicUrl.replaceAll("/+$", "") + "/portal/sign-in";
    }

    /** In the sweep's transaction: the mail is queued with the notice's record, or neither is. */
    @Override
    public boolean tell(SubjectId subject, LocalDate deletesOn) {
        return persons.find(new PersonId(subject.value()), PurposeId.DATA_SUBJECT_RIGHTS)
                .filter(person -> !person.isUnregistered() && person.contact().email() != null)
                .filter(person -> OutgoingEmail.canBeSentTo(person.contact().email()))
                .map(person -> notifications.send(new OutgoingEmail(subject, "RETENTION_NOTICE",
                        person.contact().email(), messages.getMessage("retention.notice.subject", null, Locale.ENGLISH),
                        text("retention.notice.da", deletesOn, Text.DANISH) + "\n\n----\n\n"
                                + text("retention.notice.en", deletesOn, Locale.ENGLISH))))
                .isPresent();
    }

    private String text(String key, LocalDate deletesOn, Locale locale) {
        return messages.getMessage(key, new Object[] {deletesOn.toString(), signIn}, locale);
    }
}

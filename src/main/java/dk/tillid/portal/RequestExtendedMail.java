package dk.tillid.portal;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

import dk.tillid.notification.Notifications;
import dk.tillid.notification.OutgoingEmail;
import dk.tillid.person.Person;
import dk.tillid.person.PersonId;
import dk.tillid.person.Persons;
import dk.tillid.platform.CprShape;
import dk.tillid.policy.PurposeId;
import dk.tillid.privacy.requests.ExtensionNoticeRefused;
import dk.tillid.privacy.requests.SubjectRequest;
import dk.tillid.privacy.requests.SubjectRequests;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Art. 12(3): Tillid itself tells the person that their request is extended, why, and when it is
 * now due — in Danish and English, as their language is not on record — with a link to their page.
 * Nothing else of theirs is in the mail, and reasons that hold what looks like a CPR number are
 * refused (nothing is extended) rather than mailed. A person without an e-mail address is told by a letter the
 * DPO sends and records; a person with one is never told by letter instead.
 */
@Component
class RequestExtendedMail {

    private static final Locale DANISH = Locale.forLanguageTag("da");
    private static final Locale ENGLISH = Locale.ENGLISH;

    private final Persons persons;
    private final SubjectRequests requests;
    private final Notifications notifications;
    private final MessageSource messages;
    private final String publicUrl;

    RequestExtendedMail(Persons persons, SubjectRequests requests, Notifications notifications, MessageSource messages,
                        @Value("${tillid.site.public-url}") String publicUrl) {
        this.persons = persons;
        this.requests = requests;
        this.notifications = notifications;
        this.messages = messages;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    /** In the extending transaction: the mail is queued with the extension, or the extension is undone. */
    @EventListener
    void on(SubjectRequests.RequestExtended extended) {
        // An address staff once typed that mail cannot go to is, for telling the person, no address:
        // Tillid cannot mail it, so the DPO writes a letter (and may record it).
        Optional<String> address = persons.find(new PersonId(extended.subject().value()), PurposeId.DATA_SUBJECT_RIGHTS)
                .map(Person::contact).map(contact -> contact.email()).filter(OutgoingEmail::canBeSentTo);
        if (extended.toldBy() == SubjectRequest.Notice.LETTER) {
            if (address.isPresent()) {
                throw ExtensionNoticeRefused.hasMailAddress();
            }
            return;
        }
        String to = address.orElseThrow(ExtensionNoticeRefused::noMailAddress);
        SubjectRequest request = requests.get(extended.request());
        // Checked before the mail is built, so the DPO is told why rather than a mail failing.
        if (CprShape.appearsIn(request.extensionReason())) {
            throw ExtensionNoticeRefused.cprNumberInReason();
        }
        OutgoingEmail mail = new OutgoingEmail(extended.subject(), "REQUEST_EXTENDED", to,
                messages.getMessage("portal.extension.mail.subject", null, DANISH) + " / "
                        + messages.getMessage("portal.extension.mail.subject", null, ENGLISH),
                text(request, extended.months(), DANISH, "d. MMMM yyyy") + "\n\n"
                        + text(request, extended.months(), ENGLISH, "d MMMM yyyy"));
        notifications.send(mail);
    }

    private String text(SubjectRequest request, int months, Locale locale, String datePattern) {
        return messages.getMessage("portal.extension.mail.text", new Object[] {months,
                DateTimeFormatter.ofPattern(datePattern, locale).format(request.dueOn()), readable(request.extensionReason()),
                publicUrl + "/portal/choices"}, locale);
    }

    /** The DPO's reasons as they typed them, without control characters a mail could not carry. */
    private static String readable(String reason) {
        return reason.replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", " ");
    }
}

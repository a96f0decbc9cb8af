package dk.tillid.portal;

import dk.tillid.notification.Notifications;
import dk.tillid.notification.OutgoingEmail;
import dk.tillid.person.PersonId;
import dk.tillid.person.Persons;
import dk.tillid.policy.PurposeId;
import dk.tillid.privacy.requests.SubjectRequest;
import dk.tillid.privacy.requests.SubjectRequests;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the person their request is answered — never the data, and never a CPR number, in the mail
 * itself: they sign in (a link to their verified address) and download it from their page.
 */
@Component
class RequestAnsweredMail {

    private final Persons persons;
    private final Notifications notifications;
    private final String publicUrl;

    RequestAnsweredMail(Persons persons, Notifications notifications, @Value("${tillid.site.public-url}") String publicUrl) {
        this.persons = persons;
        this.notifications = notifications;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    /** In the answering transaction: the mail is queued with the answer, or not at all. */
    @EventListener
    void on(SubjectRequests.RequestAnswered answered) {
        if (answered.kind() == SubjectRequest.Kind.UNREGISTERING && answered.status() == SubjectRequest.Status.COMPLETED) {
            return;
        }
        persons.find(new PersonId(answered.subject().value()), PurposeId.DATA_SUBJECT_RIGHTS)
                .filter(person -> person.contact().email() != null)
                .ifPresent(person -> notifications.send(new OutgoingEmail(answered.subject(), "REQUEST_ANSWERED",
                        person.contact().email(), "Svar på din henvendelse / Answer to your request", text(answered))));
    }

    private String text(SubjectRequests.RequestAnswered answered) {
        String page = publicUrl + "/portal/choices";
        if (answered.status() == SubjectRequest.Status.REFUSED) {
            return "Vi har svaret på din henvendelse og kunne ikke imødekomme den. Log ind for at læse begrundelsen: " + page
                    + "\nDu kan klage til Datatilsynet, www.datatilsynet.dk.\n\n"
                    + "We have answered your request and could not grant it. Sign in to read why: " + page
                    + "\nYou may complain to the Danish Data Protection Agency, www.datatilsynet.dk.";
        }
        return "Vi har svaret på din henvendelse. Log ind for at se svaret" + (downloadable(answered) ? " og hente dine oplysninger (i 30 dage)" : "")
                + ": " + page + "\n\nWe have answered your request. Sign in to see the answer"
                + (downloadable(answered) ? " and download your data (for 30 days)" : "") + ": " + page;
    }

    static boolean downloadable(SubjectRequests.RequestAnswered answered) {
        return answered.kind() == SubjectRequest.Kind.ACCESS || answered.kind() == SubjectRequest.Kind.PORTABILITY;
    }
}

package dk.tillid.rights;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import dk.tillid.notification.Notifications;
import dk.tillid.notification.OutgoingEmail;
import dk.tillid.person.PersonId;
import dk.tillid.person.Persons;
import dk.tillid.person.Restriction;
import dk.tillid.platform.AgencyTime;
import dk.tillid.policy.PurposeId;
import dk.tillid.privacy.requests.RequestId;
import dk.tillid.privacy.requests.SubjectRequest;
import dk.tillid.privacy.requests.SubjectRequests;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Art. 18 on a request: the DPO restricts the person's processing (their record becomes read-only
 * and they leave matching, offers and disclosures), and lifts it only after telling them, by a mail
 * queued with the record of it, at least {@value Persons#LIFT_NOTICE_DAYS} days ahead (or by a
 * letter the DPO sends, when Tillid cannot mail them).
 */
@Service
@Transactional
class Restrictions {

    static final PurposeId PURPOSE = PurposeId.DATA_SUBJECT_RIGHTS;
    static final int MAX_REASON = 500;

    private final SubjectRequests requests;
    private final Persons persons;
    private final RequestSteps steps;
    private final Notifications notifications;
    private final Clock clock;
    private final String publicUrl;

    Restrictions(SubjectRequests requests, Persons persons, RequestSteps steps, Notifications notifications, Clock clock,
                 @Value("${tillid.site.public-url}") String publicUrl) {
        this.requests = requests;
        this.persons = persons;
        this.steps = steps;
        this.notifications = notifications;
        this.clock = clock;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    void restrict(RequestId id, String reason) {
        SubjectRequest request = requests.actionable(id, SubjectRequest.Kind.RESTRICTION);
        if (reason == null || reason.isBlank() || reason.length() > MAX_REASON) {
            throw new RightsRefusal("rights.restriction.reason", "A restriction states its reason (up to 500 characters)");
        }
        persons.restrict(person(request), reason, PURPOSE);
        steps.record(request, RequestStep.of(id, RequestStep.Kind.RESTRICTED));
    }

    /**
     * Tells the person the restriction will be lifted on {@code liftOn} or later: by e-mail (queued in
     * this transaction, so the notice and its record stand or fall together), or, for a person without
     * an address a mail can go to, by a letter the DPO sends and confirms.
     */
    void announceLift(RequestId id, LocalDate liftOn, boolean toldByLetter) {
        SubjectRequest request = requests.verified(id, SubjectRequest.Kind.RESTRICTION);
        PersonId person = person(request);
        persons.announceLift(person, liftOn, PURPOSE);
        Optional<String> email = Optional.ofNullable(persons.get(person, PURPOSE).contact().email());
        // A stored address mail cannot go to (parentheses, say) is told by letter, like no address.
        boolean mailable = email.filter(OutgoingEmail::canBeSentTo).isPresent();
        if (mailable) {
            notifications.send(new OutgoingEmail(request.subject(), "RESTRICTION_LIFT_NOTICE", email.get(),
                    "Begrænsningen ophæves / The restriction will be lifted", noticeText(liftOn)));
        } else if (!toldByLetter) {
            throw email.isPresent()
                    ? new RightsRefusal("rights.restriction.unmailable",
                            "The person's e-mail address cannot be mailed: tell them by letter and confirm it")
                    : new RightsRefusal("rights.restriction.noEmail",
                            "The person has no e-mail address: tell them by letter and confirm it");
        }
        steps.record(request, RequestStep.liftAnnounced(id, liftOn,
                mailable ? RequestStep.Channel.EMAIL : RequestStep.Channel.LETTER));
    }

    /** Lifts the restriction; the person module refuses before the person was told, or before the day they were told. */
    void lift(RequestId id) {
        SubjectRequest request = requests.verified(id, SubjectRequest.Kind.RESTRICTION);
        persons.liftRestriction(person(request), PURPOSE);
        steps.record(request, RequestStep.of(id, RequestStep.Kind.LIFTED));
    }

    @Transactional(readOnly = true)
    Optional<Restriction> standing(SubjectRequest request) {
        return persons.restriction(person(request), PURPOSE);
    }

    /** The earliest day a lifting announced today may take effect. */
    LocalDate earliestLiftOn() {
        return AgencyTime.today(clock).plusDays(Persons.LIFT_NOTICE_DAYS);
    }

    /** Only the date and where to read more: no personal data in the mail. */
    String noticeText(LocalDate liftOn) {
        String page = publicUrl + "/portal";
        return "Du har bedt os begrænse behandlingen af dine oplysninger. Vi ophæver begrænsningen den " + liftOn
                + " eller senere. Derefter bruger vi igen dine oplysninger, som vi gjorde før begrænsningen."
                + "\nEr du uenig, så svar på denne mail før den " + liftOn + ". Du kan se dine oplysninger her: " + page
                + "\n\nYou asked us to restrict the processing of your data. We will lift the restriction on " + liftOn
                + " or later. From then on we use your data again as we did before the restriction."
                + "\nIf you disagree, reply to this mail before " + liftOn + ". You can see your data here: " + page;
    }

    private static PersonId person(SubjectRequest request) {
        return new PersonId(request.subject().value());
    }
}

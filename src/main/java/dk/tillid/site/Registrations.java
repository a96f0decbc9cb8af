package dk.tillid.site;

import java.util.Locale;
import java.util.Optional;

import dk.tillid.candidate.Candidate;
import dk.tillid.candidate.CandidateView;
import dk.tillid.candidate.Candidates;
import dk.tillid.candidate.NewCandidate;
import dk.tillid.document.DocumentKind;
import dk.tillid.document.Documents;
import dk.tillid.document.Upload;
import dk.tillid.notification.Notifications;
import dk.tillid.notification.OutgoingEmail;
import dk.tillid.person.PersonId;
import dk.tillid.person.Persons;
import dk.tillid.policy.Policy;
import dk.tillid.policy.PurposeId;
import dk.tillid.privacy.audit.Actor;
import dk.tillid.privacy.audit.AuditTrail;
import dk.tillid.privacy.consent.ConsentChannel;
import dk.tillid.privacy.consent.ConsentLedger;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A candidate's own registration on the website. All of it happens in one transaction: a refused
 * CV leaves nothing behind. Whether the address was known already, the visitor is told the same
 * thing ("check your e-mail"); only the mail differs, and it goes to the address's owner.
 */
@Service
class Registrations {

    /** Registration is for job matching (P-PUR-1); the recorded actor is the website's anonymous visitor. */
    static final PurposeId PURPOSE = PurposeId.JOB_MATCHING;
    static final Actor VISITOR = Actor.system("website-registration");
    static final String MAIL_KIND = "EMAIL_CONFIRMATION";

    /** A CV sent with the registration form, if any. */
    record Cv(String filename, byte[] content) {
    }

    private final Candidates candidates;
    private final Persons persons;
    private final Documents documents;
    private final ConsentLedger consents;
    private final EmailConfirmations confirmations;
    private final Notifications notifications;
    private final AuditTrail audit;
    private final MessageSource messages;
    private final Policy policy;
    private final String publicUrl;

    Registrations(Candidates candidates, Persons persons, Documents documents, ConsentLedger consents,
                  EmailConfirmations confirmations, Notifications notifications, AuditTrail audit,
                  MessageSource messages, Policy policy, @Value("${tillid.site.public-url}") String publicUrl) {
        this.candidates = candidates;
        this.persons = persons;
        this.documents = documents;
        this.consents = consents;
        this.confirmations = confirmations;
        this.notifications = notifications;
        this.audit = audit;
        this.messages = messages;
        this.policy = policy;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** @throws dk.tillid.document.UploadRefusedException if the CV is refused (then nothing is kept) */
    @Transactional
    public void register(RegistrationForm form, Cv cv, Locale locale) {
        audit.actingAs(VISITOR, () -> {
            NewCandidate candidate = form.candidate().candidate();
            String email = candidate.person().contact().email();
            Optional<PersonId> known = persons.findByEmail(email, PURPOSE);
            if (known.isPresent()) {
                remind(known.get(), email, locale);
            } else {
                PersonId id = candidates.register(candidate, Candidate.RegisteredVia.WEBSITE, PURPOSE);
                if (cv != null) {
                    documents.upload(new Upload(id, DocumentKind.CV, cv.filename(), cv.content()), PURPOSE);
                }
                if (form.wantsMarketing()) {
                    String wording = policy.currentConsentWording(PurposeId.MARKETING.value(), null).orElseThrow().version();
                    consents.give(id.subject(), PurposeId.MARKETING, null, wording, ConsentChannel.WEBSITE);
                }
                sendConfirmation(id, email, candidate.person().name().givenName(), locale);
            }
            return null;
        });
    }

    /** The person followed their link: the address is theirs, and their profile becomes active for matching. */
    @Transactional
    public boolean confirm(String token) {
        Optional<PersonId> person = confirmations.consume(token);
        person.ifPresent(id -> audit.actingAs(Actor.person(id.value().toString()), () -> {
            candidates.confirmEmail(id, PURPOSE);
            return null;
        }));
        return person.isPresent();
    }

    /** A known address: a fresh link if it was never confirmed, else word that nothing changed. */
    private void remind(PersonId id, String email, Locale locale) {
        Optional<CandidateView> candidate = candidates.find(id, PURPOSE);
        if (candidate.isPresent() && candidate.get().candidate().emailConfirmedAt().isEmpty()) {
            sendConfirmation(id, email, candidate.get().person().name().givenName(), locale);
            return;
        }
        String agency = policy.controller().name();
        notifications.send(new OutgoingEmail(id.subject(), "ALREADY_REGISTERED", email,
                messages.getMessage("registration.mail.known.subject", new Object[] {agency}, locale),
                messages.getMessage("registration.mail.known.text", new Object[] {agency, policy.controller().email()}, locale)));
    }

    private void sendConfirmation(PersonId id, String email, String givenName, Locale locale) {
        String link = publicUrl + "/register/confirm?token=" + confirmations.issue(id);
        String agency = policy.controller().name();
        notifications.send(new OutgoingEmail(id.subject(), MAIL_KIND, email,
                messages.getMessage("registration.mail.subject", new Object[] {agency}, locale),
                messages.getMessage("registration.mail.text",
                        new Object[] {givenName, link, confirmations.validity().toHours(), agency, policy.controller().email()},
                        locale)));
    }
}

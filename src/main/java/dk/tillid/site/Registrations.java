package dk.tillid.site;

import java.util.Locale;
import java.util.Optional;

import dk.tillid.candidate.Candidate;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A candidate's own registration on the website. What is sent is checked at once (a refused CV is
 * refused whoever the address belongs to) and then waits, encrypted, for the owner of the address
 * to confirm it: only then do the person, the candidate, the CV and a marketing consent come to
 * be, recorded as done by the person. The visitor is told the same thing whether or not the address
 * was known; only the mail, which goes to the address's owner, differs.
 */
@Service
class Registrations {

    /** Registration is for job matching (P-PUR-1). */
    static final PurposeId PURPOSE = PurposeId.JOB_MATCHING;
    /** Who looks up the address: an unauthenticated visitor of the website. */
    static final Actor VISITOR = Actor.system("website-registration");
    static final String MAIL_KIND = "EMAIL_CONFIRMATION";
    private static final Logger log = LoggerFactory.getLogger(Registrations.class);

    /** A CV sent with the registration form, if any. */
    record Cv(String filename, byte[] content) {

        @Override
        public String toString() {
            return "Cv[" + content.length + " bytes]";
        }
    }

    /** How following a confirmation link ended. */
    enum Confirmation { CONFIRMED, ALREADY_REGISTERED, INVALID }

    private final Candidates candidates;
    private final Persons persons;
    private final Documents documents;
    private final ConsentLedger consents;
    private final PendingRegistrations pending;
    private final Notifications notifications;
    private final AuditTrail audit;
    private final MessageSource messages;
    private final Policy policy;
    private final String publicUrl;

    Registrations(Candidates candidates, Persons persons, Documents documents, ConsentLedger consents,
                  PendingRegistrations pending, Notifications notifications, AuditTrail audit,
                  MessageSource messages, Policy policy, @Value("${tillid.site.public-url}") String publicUrl) {
        this.candidates = candidates;
        this.persons = persons;
        this.documents = documents;
        this.consents = consents;
        this.pending = pending;
        this.notifications = notifications;
        this.audit = audit;
        this.messages = messages;
        this.policy = policy;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /**
     * @throws dk.tillid.document.UploadRefusedException if the CV is refused (nothing is kept or sent)
     * @throws IllegalArgumentException if the data breaks a rule of the domain (nothing is kept or sent)
     */
    @Transactional
    public void register(RegistrationForm form, Cv cv, Locale locale) {
        NewCandidate candidate = form.candidate().candidate();
        if (cv != null) {
            documents.check(cv.filename(), cv.content());
        }
        String email = candidate.person().contact().email();
        Optional<PersonId> known = audit.actingAs(VISITOR, () -> persons.findByEmail(email, PURPOSE));
        if (known.isPresent()) {
            String agency = policy.controller().name();
            notifications.send(new OutgoingEmail(known.get().subject(), "ALREADY_REGISTERED", email,
                    messages.getMessage("registration.mail.known.subject", new Object[] {agency}, locale),
                    messages.getMessage("registration.mail.known.text", new Object[] {agency, policy.controller().email()},
                            locale)));
            return;
        }
        PersonId future = PersonId.random();
        String token = pending.hold(future, form, cv, locale);
        String agency = policy.controller().name();
        notifications.send(new OutgoingEmail(null, MAIL_KIND, email,
                messages.getMessage("registration.mail.subject", new Object[] {agency}, locale),
                messages.getMessage("registration.mail.text", new Object[] {candidate.person().name().fullName(),
                        publicUrl + "/register/confirm?token=" + token, pending.validity().toHours(), agency,
                        policy.controller().email()}, locale)));
    }

    /** The owner of the address followed the link: the registration becomes a candidate, active for matching. */
    @Transactional
    public Confirmation confirm(String token) {
        Optional<PendingRegistrations.Pending> taken = pending.take(token);
        if (taken.isEmpty()) {
            return Confirmation.INVALID;
        }
        PendingRegistrations.Pending registration = taken.get();
        NewCandidate candidate = registration.form().candidate().candidate();
        String email = candidate.person().contact().email();
        if (audit.actingAs(VISITOR, () -> persons.findByEmail(email, PURPOSE)).isPresent()) {
            return Confirmation.ALREADY_REGISTERED;
        }
        PersonId id = registration.id();
        return audit.actingAs(Actor.person(id.value().toString()), () -> {
            candidates.register(id, candidate, Candidate.RegisteredVia.WEBSITE, PURPOSE);
            candidates.confirmEmail(id, PURPOSE);
            if (registration.cv() != null) {
                documents.upload(new Upload(id, DocumentKind.CV, registration.cv().filename(), registration.cv().content()),
                        PURPOSE);
            }
            if (registration.form().wantsMarketing()) {
                String wording = policy.currentConsentWording(PurposeId.MARKETING.value(), null).orElseThrow().version();
                consents.give(id.subject(), PurposeId.MARKETING, null, wording, ConsentChannel.WEBSITE);
            }
            return Confirmation.CONFIRMED;
        });
    }

    /** Registrations whose link expired unused are deleted, and their keys destroyed. */
    @Scheduled(fixedDelayString = "${tillid.site.purge-interval:1h}", initialDelayString = "${tillid.site.purge-interval:1h}")
    @Transactional
    public void deleteExpired() {
        int deleted = pending.deleteExpired();
        if (deleted > 0) {
            log.info("Deleted {} registrations whose confirmation link expired unused", deleted);
        }
    }
}

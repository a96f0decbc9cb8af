package dk.tillid.rights;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import dk.tillid.candidate.Candidate;
import dk.tillid.candidate.Candidates;
import dk.tillid.candidate.NewCandidate;
import dk.tillid.candidate.Profile;
import dk.tillid.demo.DanishPeople;
import dk.tillid.person.ContactDetails;
import dk.tillid.person.NewPerson;
import dk.tillid.person.PersonId;
import dk.tillid.person.PersonKind;
import dk.tillid.policy.PurposeId;
import dk.tillid.privacy.requests.RequestId;
import dk.tillid.privacy.requests.SubjectRequest;
import dk.tillid.privacy.requests.SubjectRequests;
import jakarta.mail.internet.MimeMessage;

/** Generated candidates (never real people) and requests about them, for the tests of acting on requests. */
final class RightsFixtures {

    private static final DanishPeople PEOPLE = new DanishPeople(System.nanoTime());

    private RightsFixtures() {
    }

    /** A confirmed candidate with a skill no other test uses, in Aalborg. */
    static PersonId candidate(Candidates candidates, String skill) {
        NewPerson generated = PEOPLE.next(PersonKind.CANDIDATE);
        // A unique address: the mail server is shared by every test.
        NewPerson person = new NewPerson(PersonKind.CANDIDATE, generated.name(),
                new ContactDetails(unique("kandidat-") + "@example.dk", generated.contact().phone()), generated.dateOfBirth(),
                generated.address());
        PersonId id = candidates.register(new NewCandidate(person, new Profile("Lagermedarbejder", "Erfaren med pluk",
                List.of(skill), Profile.WorkType.EITHER, "Aalborg", null)), Candidate.RegisteredVia.STAFF, PurposeId.SUITABILITY);
        candidates.confirmEmail(id, PurposeId.SUITABILITY);
        return id;
    }

    /** Signed in to the portal as the person. */
    static org.springframework.test.web.servlet.request.RequestPostProcessor as(PersonId person) {
        return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication(
                org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(
                        person.value().toString(), null, List.of(new org.springframework.security.core.authority
                                .SimpleGrantedAuthority(dk.tillid.identity.PersonSessions.AUTHORITY))));
    }

    static String unique(String stem) {
        return stem + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A request whose sender the DPO has checked (through the portal, the sign-in did). */
    static RequestId request(SubjectRequests requests, PersonId person, SubjectRequest.Kind kind, SubjectRequest.Channel channel) {
        RequestId id = requests.receive(person.subject(), kind, channel, requests.today());
        if (channel != SubjectRequest.Channel.PORTAL) {
            requests.identityVerified(id);
        }
        return id;
    }

    static LocalDate today(SubjectRequests requests) {
        return requests.today();
    }

    /** The newest mail to the address with that subject, waiting for the sender (it sends after the commit). */
    static MimeMessage mailTo(GreenMail greenMail, String email, String subject) throws InterruptedException {
        for (int attempt = 0; attempt < 50; attempt++) {
            MimeMessage found = null;
            for (MimeMessage message : greenMail.getReceivedMessages()) {
                try {
                    if (message.getAllRecipients()[0].toString().equalsIgnoreCase(email) && message.getSubject().contains(subject)) {
                        found = message;
                    }
                } catch (Exception ignored) {
                    // not this one
                }
            }
            if (found != null) {
                return found;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no mail to the address");
    }

    static long mailsTo(GreenMail greenMail, String email, String subject) {
        long count = 0;
        for (MimeMessage message : greenMail.getReceivedMessages()) {
            try {
                if (message.getAllRecipients()[0].toString().equalsIgnoreCase(email) && message.getSubject().contains(subject)) {
                    count++;
                }
            } catch (Exception ignored) {
                // not this one
            }
        }
        return count;
    }
}

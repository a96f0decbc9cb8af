package dk.tillid.outreach;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import dk.tillid.candidate.Candidate;
import dk.tillid.candidate.Candidates;
import dk.tillid.candidate.NewCandidate;
import dk.tillid.candidate.Profile;
import dk.tillid.identity.PersonSessions;
import dk.tillid.person.ContactDetails;
import dk.tillid.person.NewPerson;
import dk.tillid.person.PersonId;
import dk.tillid.person.PersonKind;
import dk.tillid.person.PersonName;
import dk.tillid.person.Persons;
import dk.tillid.person.PostalAddress;
import dk.tillid.policy.PurposeId;
import dk.tillid.privacy.consent.ConsentChannel;
import dk.tillid.privacy.consent.ConsentLedger;
import jakarta.mail.internet.MimeMessage;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/** Generated people for the outreach tests, each with an address of its own, and what GreenMail got for them. */
record OutreachPeople(Persons persons, Candidates candidates, ConsentLedger consents, GreenMail greenMail) {

    static final String WORDING = "marketing-2026-11-29";

    static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** Letters only, as names allow. */
    static String letters() {
        StringBuilder letters = new StringBuilder();
        tag().chars().forEach(c -> letters.append((char) ('a' + Character.digit(c, 16))));
        return letters.toString();
    }

    /** A person in the town, with an address of their own, opted in to marketing or not. */
    PersonId inTown(String town, PersonKind kind, boolean optedIn) {
        String tag = tag();
        PersonId id = persons.register(new NewPerson(kind, new PersonName("Kamp", "Agne" + letters()),
                new ContactDetails("kampagne-" + tag + "@example.dk", null), null,
                new PostalAddress("Torvet 1", "7100", town, null)), PurposeId.SUITABILITY);
        if (optedIn) {
            consents.give(id.subject(), PurposeId.MARKETING, null, WORDING, ConsentChannel.WEBSITE);
        }
        return id;
    }

    /** A candidate who may be matched (e-mail confirmed) with these skills. */
    PersonId candidate(List<String> skills) {
        String tag = tag();
        PersonId id = candidates.register(new NewCandidate(new NewPerson(PersonKind.CANDIDATE, new PersonName("Job", "Agent" + letters()),
                new ContactDetails("jobagent-" + tag + "@example.dk", null), LocalDate.of(1991, 3, 4),
                new PostalAddress("Banegårdsgade 2", "8000", "Aarhus", null)),
                new Profile(null, null, skills, Profile.WorkType.EITHER, null, null)), Candidate.RegisteredVia.STAFF,
                PurposeId.JOB_MATCHING);
        candidates.confirmEmail(id, PurposeId.JOB_MATCHING);
        return id;
    }

    String email(PersonId person) {
        return persons.get(person, PurposeId.SUITABILITY).contact().email();
    }

    /** The mails GreenMail received for the person so far. */
    List<MimeMessage> mailsTo(PersonId person) {
        String address = email(person);
        return Arrays.stream(greenMail.getReceivedMessages()).filter(message -> {
            try {
                return message.getAllRecipients()[0].toString().equalsIgnoreCase(address);
            } catch (Exception unreadable) {
                return false;
            }
        }).toList();
    }

    static RequestPostProcessor signedIn(PersonId person) {
        return authentication(UsernamePasswordAuthenticationToken.authenticated(person.value().toString(), null,
                List.of(new SimpleGrantedAuthority(PersonSessions.AUTHORITY))));
    }

    static String text(MimeMessage message) {
        try {
            return (String) message.getContent();
        } catch (Exception e) {
            throw new AssertionError("unreadable mail", e);
        }
    }

    static String header(MimeMessage message, String name) {
        try {
            String[] values = message.getHeader(name);
            return values == null ? null : values[0];
        } catch (Exception e) {
            throw new AssertionError("unreadable header", e);
        }
    }
}

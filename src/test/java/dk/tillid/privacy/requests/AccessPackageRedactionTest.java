package dk.tillid.privacy.requests;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import dk.tillid.IntegrationTest;
import dk.tillid.candidate.Candidate;
import dk.tillid.candidate.Candidates;
import dk.tillid.candidate.NewCandidate;
import dk.tillid.candidate.Profile;
import dk.tillid.candidate.Referee;
import dk.tillid.identity.Role;
import dk.tillid.identity.StaffFixtures;
import dk.tillid.person.ContactDetails;
import dk.tillid.person.ContactEvent;
import dk.tillid.person.NewPerson;
import dk.tillid.person.PersonId;
import dk.tillid.person.PersonKind;
import dk.tillid.person.PersonName;
import dk.tillid.person.Persons;
import dk.tillid.policy.PurposeId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Art. 15(4) end to end: a candidate's access package, as the JSON file and as the page, leaves out
 * the other people the agency's notes name, and keeps what is the candidate's own.
 */
@IntegrationTest
@WithMockUser(username = "dpo-redaction", roles = "DPO")
class AccessPackageRedactionTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Persons persons;

    @Autowired
    Candidates candidates;

    @Autowired
    SubjectRequests requests;

    @Autowired
    ApplicationContext context;

    final Random random = new Random();

    @Test
    void notesNameNoOtherCandidateStaffMemberAddressOrNumberButKeepTheCandidatesOwn() throws Exception {
        String own = "Kjær-" + word();
        PersonId subject = candidate("Åse", own, "aase." + word() + "@example.dk", "+45 20 30 40 50",
                "Arbejdede sammen med Søren Bødker og kan nås på soeren@lager.dk");
        String other = "Bødker-" + word();
        candidate("Søren", other, "soeren." + word() + "@example.dk", null, null);
        String holm = "Holm-" + word();
        candidate("Anne Marie", holm, "am." + word() + "@example.dk", null, null);
        candidate("Åse", own, "homonym." + word() + "@example.dk", null, null);
        String staff = "Lykke-" + word();
        StaffFixtures.accountNamed(context, "staff" + Long.toString(random.nextLong() & Long.MAX_VALUE, 36), "Mette " + staff, List.of(Role.RECRUITER));
        String ownEmail = persons.get(subject, PurposeId.SUITABILITY).contact().email();

        String note = "Talte med SØREN " + other.toUpperCase() + " om vagten; " + holm + ", Anne Marie ringer fra "
                + "anne.holm@firma.dk eller +45 87 65 43 21. Mette " + staff + " tager over. Åse " + own
                + " bekræftede på 20 30 40 50 og " + ownEmail + ".";
        persons.recordContact(subject, ContactEvent.Kind.CALL, note, PurposeId.SUITABILITY);
        String plain = "Aftalt samtale om vagter i uge 12, mødested Aarhus C.";
        persons.recordContact(subject, ContactEvent.Kind.MEETING, plain, PurposeId.SUITABILITY);
        candidates.add(subject, new Referee(null, "Lone Dahl", "Lagerhuset A/S", "Afdelingsleder", null, null,
                "Arbejdede godt sammen med Søren " + other + "."), PurposeId.SUITABILITY);
        RequestId request = requests.receive(subject.subject(), SubjectRequest.Kind.ACCESS, SubjectRequest.Channel.EMAIL,
                requests.today());
        requests.identityVerified(request); // the DPO checked who wrote

        var file = mvc.get().uri("/dpo/requests/" + request.value() + "/package.json").header("Accept-Language", "en").exchange();
        assertThat(file).hasStatusOk();
        String json = file.getMvcResult().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(json).contains("Talte med [another person] om vagten; [another person] ringer fra "
                + "[another person's e-mail address] eller [another person's phone number]. [another person] tager over. Åse "
                + own + " bekræftede på 20 30 40 50 og " + ownEmail + ".");
        assertThat(json).contains(plain, "Arbejdede godt sammen med [another person].",
                "Arbejdede sammen med Søren Bødker og kan nås på soeren@lager.dk");
        assertThat(json.toLowerCase()).doesNotContain(other.toLowerCase(), holm.toLowerCase(), staff.toLowerCase(),
                "anne.holm@firma.dk", "87 65 43 21");

        var page = mvc.get().uri("/dpo/requests/" + request.value() + "/package").header("Accept-Language", "da").exchange();
        assertThat(page).hasStatusOk();
        assertThat(page).bodyText().contains("Talte med [en anden person] om vagten", "[en anden persons e-mailadresse]",
                "[en anden persons telefonnummer]", "Åse " + own + " bekræftede", plain)
                .doesNotContain(other, holm, staff, "anne.holm@firma.dk");
    }

    private PersonId candidate(String given, String family, String email, String phone, String summary) {
        Profile profile = summary == null ? Profile.empty()
                : new Profile("Lagermedarbejder", summary, List.of("lager"), Profile.WorkType.EITHER, null, null);
        return candidates.register(new NewCandidate(new NewPerson(PersonKind.CANDIDATE, new PersonName(given, family),
                new ContactDetails(email, phone), LocalDate.of(1990, 5, 17), null), profile),
                Candidate.RegisteredVia.STAFF, PurposeId.SUITABILITY);
    }

    /** A made-up word with Danish letters, so that each run names its own people. */
    private String word() {
        String letters = "abdefghijklmnoprstuvyæøå";
        StringBuilder word = new StringBuilder().append((char) ('A' + random.nextInt(26)));
        for (int i = 0; i < 7; i++) {
            word.append(letters.charAt(random.nextInt(letters.length())));
        }
        return word.toString();
    }
}

package dk.tillid.candidate;

import java.util.List;
import java.util.UUID;

import dk.tillid.IntegrationTest;
import dk.tillid.person.ContactDetails;
import dk.tillid.person.NewPerson;
import dk.tillid.person.PersonId;
import dk.tillid.person.PersonKind;
import dk.tillid.person.PersonName;
import dk.tillid.policy.PurposeId;
import dk.tillid.privacy.disclosure.DisclosureChannel;
import dk.tillid.privacy.disclosure.DisclosureRequest;
import dk.tillid.privacy.disclosure.Disclosures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/** The candidate page shows the disclosures a recruiter's purpose may know of, and no others. */
@IntegrationTest
@WithMockUser(username = "recruiter-disclosures", roles = "RECRUITER")
class CandidateDisclosuresPageTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Candidates candidates;

    @Autowired
    Disclosures disclosures;

    @Test
    void aProfileSentToAClientIsListedButPayrollDataToAnAuthorityIsNot() {
        PersonId id = candidates.register(new NewCandidate(new NewPerson(PersonKind.CANDIDATE, new PersonName("Vibe", "Sand"),
                new ContactDetails("vibe-" + UUID.randomUUID() + "@example.dk", null), null, null), null),
                Candidate.RegisteredVia.STAFF, PurposeId.SUITABILITY);
        disclosures.disclose(new DisclosureRequest(id.subject(), "P-REC-1", "Synlig Kunde ApS", List.of("P-DATA-1", "P-DATA-2"),
                PurposeId.SUITABILITY, "ART6-1-F"), payload(), new NothingLeaves());
        disclosures.disclose(new DisclosureRequest(id.subject(), "P-REC-4", "Skjult Myndighed", List.of("P-DATA-9"),
                PurposeId.EMPLOYMENT, "ART6-1-C"), payload(), new NothingLeaves());

        var page = mvc.get().uri("/candidates/" + id.value()).exchange();

        assertThat(page).hasStatusOk();
        assertThat(page).bodyText().contains("Synlig Kunde ApS").doesNotContain("Skjult Myndighed");
    }

    private static DisclosureChannel.Payload payload() {
        return new DisclosureChannel.Payload("x", "text/plain", new byte[0]);
    }

    /** The test records disclosures; nothing needs to arrive anywhere. */
    static class NothingLeaves implements DisclosureChannel {

        @Override
        public String name() {
            return "test";
        }

        @Override
        public void deliver(DisclosureRequest request, Payload payload) {
        }
    }
}

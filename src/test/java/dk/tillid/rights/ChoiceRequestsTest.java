package dk.tillid.rights;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import dk.tillid.IntegrationTest;
import dk.tillid.candidate.CandidateMatching;
import dk.tillid.candidate.Candidates;
import dk.tillid.person.PersonId;
import dk.tillid.person.Persons;
import dk.tillid.policy.PurposeId;
import dk.tillid.privacy.audit.AuditAction;
import dk.tillid.privacy.audit.AuditTrail;
import dk.tillid.privacy.consent.ConsentChannel;
import dk.tillid.privacy.consent.ConsentEvent;
import dk.tillid.privacy.consent.ConsentLedger;
import dk.tillid.privacy.requests.RequestId;
import dk.tillid.privacy.requests.SubjectRequest;
import dk.tillid.privacy.requests.SubjectRequests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static dk.tillid.rights.RestrictionRequestTest.refused;
import static dk.tillid.rights.RestrictionRequestTest.saved;
import static dk.tillid.rights.RightsFixtures.candidate;
import static dk.tillid.rights.RightsFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** Objection, withdrawal of consent and unregistering that came by e-mail or letter, applied from the request page. */
@IntegrationTest
@WithMockUser(username = "dpo-choices", roles = "DPO")
class ChoiceRequestsTest {

    static final String MARKETING_WORDING = "marketing-2026-11-29";
    static final String CRIMINAL_RECORD_WORDING = "criminal-record-2026-11-29";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    SubjectRequests requests;

    @Autowired
    Persons persons;

    @Autowired
    Candidates candidates;

    @Autowired
    CandidateMatching matching;

    @Autowired
    ConsentLedger consents;

    @Autowired
    AuditTrail audit;

    @Autowired
    GreenMail greenMail;

    @Autowired
    dk.tillid.outreach.Suppressions suppressions;

    @Test
    void anObjectionToDirectMarketingStopsItAbsolutelyWithTheRequestsChannelInTheLedger() {
        PersonId person = candidate(candidates, unique("obj"));
        consents.give(person.subject(), PurposeId.MARKETING, null, MARKETING_WORDING, ConsentChannel.WEBSITE);
        RequestId id = RightsFixtures.request(requests, person, SubjectRequest.Kind.OBJECTION, SubjectRequest.Channel.LETTER);

        assertThat(post(id, "complete").exchange()).satisfies(refused("rights.unfinished.OBJECTION"));
        assertThat(post(id, "stop-marketing").exchange()).satisfies(saved("rights.marketingStopped"));

        assertThat(consents.isGiven(person.subject(), PurposeId.MARKETING, null)).isFalse();
        assertThat(consents.history(person.subject())).last().satisfies(event -> {
            assertThat(event.kind()).isEqualTo(ConsentEvent.Kind.WITHDRAWN);
            assertThat(event.channel()).isEqualTo(ConsentChannel.LETTER);
        });
        assertThat(suppressions.since(person)).as("on the suppression list: no later consent overrides it").isPresent();
        assertThat(matching.eligibility(person)).as("marketing only").isEqualTo(CandidateMatching.Eligibility.ELIGIBLE);
        assertThat(audit.changesOf(person.subject(), 20)).anySatisfy(change -> {
            assertThat(change.purpose()).isEqualTo(PurposeId.DATA_SUBJECT_RIGHTS.value());
            assertThat(change.action()).isEqualTo(AuditAction.CREATE);
        });
        assertThat(post(id, "complete").exchange()).satisfies(saved("request.completed"));
    }

    @Test
    void anUpheldObjectionToMatchingTakesThePersonOutAtOnce() {
        PersonId person = candidate(candidates, unique("obj"));
        RequestId id = RightsFixtures.request(requests, person, SubjectRequest.Kind.OBJECTION, SubjectRequest.Channel.EMAIL);

        assertThat(post(id, "out-of-matching").exchange()).satisfies(saved("rights.outOfMatching"));

        assertThat(matching.eligibility(person)).isEqualTo(CandidateMatching.Eligibility.UNREGISTERED);
        assertThat(mvc.get().uri("/dpo/requests/" + id.value()).header("Accept-Language", "en").exchange()).bodyText()
                .contains("Objection upheld: taken out of matching and job offers.");
        assertThat(post(id, "complete").exchange()).satisfies(saved("request.completed"));
    }

    @Test
    void aRejectedObjectionGivesItsGroundsAndTellsThePersonTheyMayComplain() throws Exception {
        PersonId person = candidate(candidates, unique("obj"));
        String email = persons.get(person, PurposeId.SUITABILITY).contact().email();
        RequestId id = RightsFixtures.request(requests, person, SubjectRequest.Kind.OBJECTION, SubjectRequest.Channel.EMAIL);

        assertThat(mvc.get().uri("/dpo/requests/" + id.value()).header("Accept-Language", "en").exchange()).bodyText()
                .contains("compelling legitimate grounds");
        assertThat(post(id, "refuse").param("reason", "Vi skal kunne dokumentere en igangværende ansættelsessag").exchange())
                .satisfies(saved("request.refused"));

        assertThat(requests.get(id).status()).isEqualTo(SubjectRequest.Status.REFUSED);
        assertThat(matching.eligibility(person)).isEqualTo(CandidateMatching.Eligibility.ELIGIBLE);
        assertThat(GreenMailUtil.getBody(RightsFixtures.mailTo(greenMail, email, "Answer to your request")))
                .contains("datatilsynet.dk");
    }

    @Test
    void consentsNamedInALetterAreWithdrawnAndRecordedAsComingByLetter() {
        PersonId person = candidate(candidates, unique("cons"));
        consents.give(person.subject(), PurposeId.MARKETING, null, MARKETING_WORDING, ConsentChannel.WEBSITE);
        consents.give(person.subject(), PurposeId.SCREENING, "P-DATA-8", CRIMINAL_RECORD_WORDING, ConsentChannel.IN_PERSON);
        RequestId id = RightsFixtures.request(requests, person, SubjectRequest.Kind.CONSENT_WITHDRAWAL,
                SubjectRequest.Channel.LETTER);

        var page = mvc.get().uri("/dpo/requests/" + id.value()).header("Accept-Language", "en").exchange();
        assertThat(page).bodyText().contains("value=\"P-PUR-2|\"", "value=\"P-PUR-6|P-DATA-8\"");
        assertThat(post(id, "complete").exchange()).satisfies(refused("rights.unfinished.CONSENT_WITHDRAWAL"));
        assertThat(post(id, "withdraw-consents").param("consents", "P-PUR-6|P-DATA-8").exchange())
                .satisfies(saved("rights.consentsWithdrawn"));

        assertThat(consents.isGiven(person.subject(), PurposeId.SCREENING, "P-DATA-8")).isFalse();
        assertThat(consents.isGiven(person.subject(), PurposeId.MARKETING, null)).as("not named").isTrue();
        assertThat(consents.history(person.subject())).last()
                .satisfies(event -> assertThat(event.channel()).isEqualTo(ConsentChannel.LETTER));
        assertThat(post(id, "withdraw-consents").param("consents", "P-PUR-6|P-DATA-8").exchange())
                .as("withdrawn already").satisfies(refused("rights.consent.notStanding"));
        assertThat(post(id, "complete").exchange()).satisfies(saved("request.completed"));
    }

    @Test
    void unregisteringByEmailTakesThePersonOutOfMatchingOnlyOnceTheirIdentityIsVerified() {
        PersonId person = candidate(candidates, unique("afm"));
        RequestId id = RightsFixtures.request(requests, person, SubjectRequest.Kind.UNREGISTERING, SubjectRequest.Channel.EMAIL);
        requests.awaitIdentity(id);

        assertThat(post(id, "unregister").exchange()).satisfies(refused("request.identityFirst"));
        assertThat(matching.eligibility(person)).isEqualTo(CandidateMatching.Eligibility.ELIGIBLE);

        requests.identityVerified(id);
        assertThat(post(id, "complete").exchange()).satisfies(refused("rights.unfinished.UNREGISTERING"));
        assertThat(post(id, "unregister").exchange()).satisfies(saved("rights.unregistered"));

        assertThat(persons.get(person, PurposeId.SUITABILITY).isUnregistered()).isTrue();
        assertThat(matching.eligibility(person)).isEqualTo(CandidateMatching.Eligibility.UNREGISTERED);
        assertThat(post(id, "complete").exchange()).satisfies(saved("request.completed"));
        assertThat(post(id, "unregister").exchange()).as("answered").satisfies(refused("request.closed"));
    }

    @Test
    void aStepOfAnotherKindIsRefused() {
        PersonId person = candidate(candidates, unique("afm"));
        RequestId id = RightsFixtures.request(requests, person, SubjectRequest.Kind.ACCESS, SubjectRequest.Channel.EMAIL);

        assertThat(post(id, "unregister").exchange()).satisfies(refused("request.otherKind"));
        assertThat(persons.get(person, PurposeId.SUITABILITY).isUnregistered()).isFalse();
    }

    private MockMvcTester.MockMvcRequestBuilder post(RequestId id, String step) {
        return mvc.post().uri("/dpo/requests/" + id.value() + "/" + step).with(csrf());
    }
}

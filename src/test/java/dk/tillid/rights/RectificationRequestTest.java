package dk.tillid.rights;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import dk.tillid.IntegrationTest;
import dk.tillid.MutableClock;
import dk.tillid.candidate.Candidates;
import dk.tillid.candidate.Profile;
import dk.tillid.client.ClientFixtures;
import dk.tillid.client.ClientId;
import dk.tillid.client.Clients;
import dk.tillid.client.JobOrders;
import dk.tillid.client.RequiredLanguage;
import dk.tillid.person.PersonId;
import dk.tillid.person.PersonName;
import dk.tillid.person.Persons;
import dk.tillid.placement.Placements;
import dk.tillid.policy.Policy;
import dk.tillid.policy.PurposeId;
import dk.tillid.privacy.disclosure.DisclosureChannel;
import dk.tillid.privacy.disclosure.DisclosureRecord;
import dk.tillid.privacy.disclosure.DisclosureRequest;
import dk.tillid.privacy.disclosure.Disclosures;
import dk.tillid.privacy.requests.RequestId;
import dk.tillid.privacy.requests.SubjectRequest;
import dk.tillid.privacy.requests.SubjectRequests;
import org.junit.jupiter.api.AfterEach;
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

/** Art. 16 and 19: a correction is passed on to everyone who received the old data, recorded, and shown to the person. */
@IntegrationTest
@WithMockUser(username = "dpo-rectifying", roles = "DPO")
class RectificationRequestTest {

    static final String AUTHORITY = "Skattestyrelsen";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    SubjectRequests requests;

    @Autowired
    Persons persons;

    @Autowired
    Candidates candidates;

    @Autowired
    Clients clients;

    @Autowired
    JobOrders jobOrders;

    @Autowired
    Placements placements;

    @Autowired
    Disclosures disclosures;

    @Autowired
    Policy policy;

    @Autowired
    GreenMail greenMail;

    @Autowired
    MutableClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void everyoneWhoGotTheOldDataIsToldWithoutTheNewValuesAndThePersonSeesToWhom() throws Exception {
        clock.set(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        String skill = unique("rett");
        PersonId person = candidate(candidates, skill);
        String before = unique("Firma Før ") + " ApS";
        PersonId contact = proposeTo(before, person, skill);
        String karin = clients.contact(contact, PurposeId.ASSIGNMENT).email();
        disclosures.disclose(new DisclosureRequest(person.subject(), "P-REC-4", AUTHORITY, List.of("P-DATA-1"),
                PurposeId.LEGAL_COMPLIANCE, "ART6-1-C"), new DisclosureChannel.Payload("a.txt", "text/plain", new byte[0]),
                new RecordedOnly());
        RequestId id = RightsFixtures.request(requests, person, SubjectRequest.Kind.RECTIFICATION, SubjectRequest.Channel.EMAIL);

        clock.advance(Duration.ofHours(1));
        String newSummary = unique("Rettet resumé ");
        candidates.updateProfile(person, new Profile("Truckfører", newSummary, List.of(skill), Profile.WorkType.EITHER,
                "Aalborg", null), PurposeId.SUITABILITY);
        persons.correctName(person, new PersonName("Rettede", "Navnesen"), PurposeId.SUITABILITY);
        clock.advance(Duration.ofHours(1));
        String after = unique("Firma Efter ") + " ApS";
        proposeTo(after, person, skill);

        var page = mvc.get().uri("/dpo/requests/" + id.value()).header("Accept-Language", "en").exchange();
        assertThat(page).bodyText().contains("value=\"P-DATA-1\"", "value=\"P-DATA-2\"");
        assertThat(post(id, "corrected").param("categories", "P-DATA-2", "P-DATA-1").exchange())
                .satisfies(saved("rights.correction.recorded"));
        page = mvc.get().uri("/dpo/requests/" + id.value()).header("Accept-Language", "en").exchange();
        assertThat(page).bodyText().contains(before, AUTHORITY).doesNotContain(after);
        assertThat(post(id, "complete").param("answer", "Rettet").exchange()).as("recipients not told yet")
                .satisfies(refused("rights.unfinished.RECTIFICATION"));

        assertThat(post(id, "pass-on").param("recipient", "P-REC-1").param("recipientName", before)
                .param("contact", contact.value().toString()).exchange()).satisfies(saved("rights.passOn.sent"));
        String mail = GreenMailUtil.getBody(RightsFixtures.mailTo(greenMail, karin, "Corrected data"));
        assertThat(mail.replace("=\r\n", "").replace("=\n", "")).contains("Rettede Navnesen",
                policy.category("P-DATA-2").name().in(Locale.ENGLISH)).doesNotContain(newSummary, "Truckf");
        DisclosureRecord passedOn = disclosures.of(person.subject()).get(disclosures.of(person.subject()).size() - 1);
        assertThat(passedOn.recipientName()).isEqualTo(before);
        assertThat(passedOn.categories()).containsExactly("P-DATA-1");
        assertThat(passedOn.purpose()).isEqualTo("P-PUR-3");
        assertThat(passedOn.status()).isEqualTo(DisclosureRecord.Status.DELIVERED);
        assertThat(post(id, "pass-on").param("recipient", "P-REC-1").param("recipientName", before)
                .param("contact", contact.value().toString()).exchange()).satisfies(refused("rights.passOn.already"));

        assertThat(post(id, "pass-on-otherwise").param("recipient", "P-REC-4").param("recipientName", AUTHORITY)
                .param("note", "Brev til Skattestyrelsen").exchange()).satisfies(saved("rights.passOn.recorded"));
        assertThat(disclosures.of(person.subject())).last().satisfies(record -> {
            assertThat(record.recipientName()).isEqualTo(AUTHORITY);
            assertThat(record.channel()).isEqualTo("told outside Tillid by the DPO");
        });
        assertThat(post(id, "complete").param("answer", "Rettet og givet videre").exchange())
                .satisfies(saved("request.completed"));

        var portal = mvc.get().uri("/portal/choices").with(RightsFixtures.as(person)).header("Accept-Language", "en").exchange();
        assertThat(portal).bodyText().contains("Passed on to " + before, "Passed on to " + AUTHORITY).doesNotContain(after);
    }

    @Test
    void onlyDataChangedSinceTheRequestCanBeRecordedAsCorrectedAndNothingBeforeIdentityIsVerified() {
        clock.set(Instant.now().minus(Duration.ofDays(2)));
        PersonId person = candidate(candidates, unique("rett"));
        clock.reset();
        RequestId id = RightsFixtures.request(requests, person, SubjectRequest.Kind.RECTIFICATION, SubjectRequest.Channel.LETTER);

        assertThat(mvc.get().uri("/dpo/requests/" + id.value()).header("Accept-Language", "en").exchange()).bodyText()
                .contains("No data of the person has been changed since the request arrived");
        assertThat(post(id, "corrected").param("categories", "P-DATA-2").exchange())
                .satisfies(refused("rights.correction.notChanged"));

        candidates.updateProfile(person, new Profile("Ny", null, List.of("x"), Profile.WorkType.EITHER, null, null),
                PurposeId.SUITABILITY);
        requests.awaitIdentity(id);
        assertThat(post(id, "corrected").param("categories", "P-DATA-2").exchange()).satisfies(refused("request.identityFirst"));
    }

    /** Proposes the person to a new client of that name; returns the contact there. */
    private PersonId proposeTo(String clientName, PersonId person, String skill) {
        ClientId client = ClientFixtures.client(clients, clientName);
        PersonId contact = ClientFixtures.contact(clients, client);
        var order = ClientFixtures.temporaryOrder(jobOrders, client, List.of(skill), List.<RequiredLanguage>of(),
                requests.today().plusDays(30));
        placements.propose(order.value(), person, contact);
        return contact;
    }

    private MockMvcTester.MockMvcRequestBuilder post(RequestId id, String step) {
        return mvc.post().uri("/dpo/requests/" + id.value() + "/" + step).with(csrf());
    }

    /** A disclosure made outside Tillid, recorded only. */
    static final class RecordedOnly implements DisclosureChannel {

        @Override
        public String name() {
            return "recorded by the test";
        }

        @Override
        public void deliver(DisclosureRequest request, Payload payload) {
            // nothing leaves
        }
    }
}

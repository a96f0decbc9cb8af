package dk.tillid.portal;

import java.util.List;
import java.util.UUID;

import dk.tillid.IntegrationTest;
import dk.tillid.identity.PersonSessions;
import dk.tillid.person.ContactDetails;
import dk.tillid.person.NewPerson;
import dk.tillid.person.PersonId;
import dk.tillid.person.PersonKind;
import dk.tillid.person.PersonName;
import dk.tillid.person.Persons;
import dk.tillid.policy.PurposeId;
import dk.tillid.privacy.consent.ConsentChannel;
import dk.tillid.privacy.consent.ConsentLedger;
import dk.tillid.privacy.requests.SubjectRequest;
import dk.tillid.privacy.requests.SubjectRequests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** The person's choices in the portal, each one step. */
@IntegrationTest
class PortalChoicesTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Persons persons;

    @Autowired
    ConsentLedger consents;

    @Autowired
    SubjectRequests requests;

    @Test
    void aConsentIsWithdrawnInOneStep() {
        PersonId person = person();
        consents.give(person.subject(), PurposeId.MARKETING, null, "marketing-2026-11-29", ConsentChannel.WEBSITE);

        var page = mvc.get().uri("/portal/choices").with(as(person)).header("Accept-Language", "en").exchange();
        assertThat(page).hasStatusOk();
        assertThat(page).bodyText().contains("newsletters", "Withdraw");

        assertThat(mvc.post().uri("/portal/consents/withdraw").with(as(person)).with(csrf())
                .param("purpose", "P-PUR-2").param("category", "").exchange()).hasStatus3xxRedirection();

        assertThat(consents.isGiven(person.subject(), PurposeId.MARKETING, null)).isFalse();
        assertThat(consents.history(person.subject())).last()
                .satisfies(event -> assertThat(event.channel()).isEqualTo(ConsentChannel.PORTAL));
    }

    @Test
    void unregisteringTakesEffectAtOnceAndIsRecordedAsAnsweredRequest() {
        PersonId person = person();

        assertThat(mvc.post().uri("/portal/unregister").with(as(person)).with(csrf()).exchange()).hasStatus3xxRedirection();

        assertThat(persons.get(person, PurposeId.DATA_SUBJECT_RIGHTS).isUnregistered()).isTrue();
        assertThat(requests.of(person.subject())).singleElement().satisfies(request -> {
            assertThat(request.kind()).isEqualTo(SubjectRequest.Kind.UNREGISTERING);
            assertThat(request.status()).isEqualTo(SubjectRequest.Status.COMPLETED);
        });
    }

    @Test
    void aCorrectionIsAskedForInThePersonsOwnWordsWhichTheDpoReads() {
        PersonId person = person();

        var blank = mvc.post().uri("/portal/requests").with(as(person)).with(csrf()).param("kind", "RECTIFICATION")
                .param("statement", "  ").exchange();
        assertThat(blank).hasStatus3xxRedirection().flash().containsEntry("refused", "portal.request.inWords");
        assertThat(requests.of(person.subject())).as("nothing recorded without the words").isEmpty();

        assertThat(mvc.post().uri("/portal/requests").with(as(person)).with(csrf()).param("kind", "RECTIFICATION")
                .param("statement", "Min uddannelse sluttede i 2019, ikke 2018.").exchange()).hasStatus3xxRedirection();

        SubjectRequest asked = requests.of(person.subject()).get(0);
        assertThat(asked.kind()).isEqualTo(SubjectRequest.Kind.RECTIFICATION);
        assertThat(asked.channel()).isEqualTo(SubjectRequest.Channel.PORTAL);
        var page = mvc.get().uri("/dpo/requests/" + asked.id().value())
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user("dpo").roles("DPO"))
                .exchange();
        assertThat(page).bodyText().contains("Min uddannelse sluttede i 2019, ikke 2018.");
        assertThat(mvc.post().uri("/portal/requests").with(as(person)).with(csrf()).param("kind", "OBJECTION")
                .param("statement", "x".repeat(2001)).exchange()).flash().containsEntry("refused", "request.statement.invalid");
    }

    @Test
    void anErasureRequestReachesTheDposListWithItsDueDate() {
        PersonId person = person();

        assertThat(mvc.post().uri("/portal/requests").with(as(person)).with(csrf()).param("kind", "ERASURE").exchange())
                .hasStatus3xxRedirection();

        assertThat(requests.open()).anySatisfy(request -> {
            assertThat(request.subject()).isEqualTo(person.subject());
            assertThat(request.kind()).isEqualTo(SubjectRequest.Kind.ERASURE);
            assertThat(request.channel()).isEqualTo(SubjectRequest.Channel.PORTAL);
            assertThat(request.dueOn()).isEqualTo(requests.today().plusMonths(1));
        });
    }

    @Test
    void onePersonCannotWithdrawAnothersConsent() {
        PersonId other = person();
        consents.give(other.subject(), PurposeId.MARKETING, null, "marketing-2026-11-29", ConsentChannel.WEBSITE);

        mvc.post().uri("/portal/consents/withdraw").with(as(person())).with(csrf())
                .param("purpose", "P-PUR-2").param("category", "").exchange();

        assertThat(consents.isGiven(other.subject(), PurposeId.MARKETING, null)).isTrue();
    }

    @Test
    void thePersonCorrectsTheirPhoneAndAddressAndAHalfAddressIsRefused() {
        PersonId person = person();

        assertThat(mvc.post().uri("/portal/details").with(as(person)).with(csrf()).param("phone", "+45 12 34 56 78")
                .param("street", "Åboulevarden 7").param("postcode", "8000").param("city", "Aarhus C").exchange())
                .hasStatus3xxRedirection();
        var half = mvc.post().uri("/portal/details").with(as(person)).with(csrf()).param("phone", "")
                .param("street", "Kun gade 1").header("Accept-Language", "en").exchange();

        var corrected = persons.get(person, PurposeId.DATA_SUBJECT_RIGHTS);
        assertThat(corrected.contact().phone()).isEqualTo("+45 12 34 56 78");
        assertThat(corrected.address()).hasValueSatisfying(address -> assertThat(address.city()).isEqualTo("Aarhus C"));
        assertThat(half).hasStatus(400);
        assertThat(persons.get(person, PurposeId.DATA_SUBJECT_RIGHTS).contact().phone()).isEqualTo("+45 12 34 56 78");
    }

    private PersonId person() {
        return persons.register(new NewPerson(PersonKind.CANDIDATE, new PersonName("Valg", "Portal"),
                new ContactDetails("valg-" + UUID.randomUUID() + "@example.dk", null), null, null), PurposeId.SUITABILITY);
    }

    private static RequestPostProcessor as(PersonId person) {
        return authentication(UsernamePasswordAuthenticationToken.authenticated(person.value().toString(), null,
                List.of(new SimpleGrantedAuthority(PersonSessions.AUTHORITY))));
    }
}

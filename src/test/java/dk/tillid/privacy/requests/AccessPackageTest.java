package dk.tillid.privacy.requests;

import java.util.List;
import java.util.UUID;

import dk.tillid.IntegrationTest;
import dk.tillid.person.ContactDetails;
import dk.tillid.person.NewPerson;
import dk.tillid.person.PersonId;
import dk.tillid.person.PersonKind;
import dk.tillid.person.PersonName;
import dk.tillid.person.Persons;
import dk.tillid.policy.PurposeId;
import dk.tillid.privacy.consent.ConsentChannel;
import dk.tillid.privacy.consent.ConsentLedger;
import dk.tillid.privacy.disclosure.DisclosureChannel;
import dk.tillid.privacy.disclosure.DisclosureRequest;
import dk.tillid.privacy.disclosure.Disclosures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** Art. 15: the package holds the data, why and on what basis, recipients, source, retention, consents and disclosures. */
@IntegrationTest
@WithMockUser(username = "dpo-package", roles = "DPO")
class AccessPackageTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Persons persons;

    @Autowired
    ConsentLedger consents;

    @Autowired
    Disclosures disclosures;

    @Autowired
    SubjectRequests requests;

    @Test
    void theJsonPackageExplainsEveryCategoryAndNamesNoStaff() throws Exception {
        String email = "indsigt-" + UUID.randomUUID() + "@example.dk";
        PersonId person = persons.register(new NewPerson(PersonKind.CANDIDATE, new PersonName("Ingrid", "Indsigt"),
                new ContactDetails(email, null), null, null), PurposeId.SUITABILITY);
        consents.give(person.subject(), PurposeId.MARKETING, null, "marketing-2026-11-29", ConsentChannel.WEBSITE);
        disclosures.disclose(new DisclosureRequest(person.subject(), "P-REC-1", "Modtager ApS", List.of("P-DATA-1"),
                PurposeId.SUITABILITY, "ART6-1-F"), new DisclosureChannel.Payload("x", "text/plain", new byte[0]), new Silent());
        RequestId id = requests.receive(person.subject(), SubjectRequest.Kind.ACCESS, SubjectRequest.Channel.EMAIL, requests.today());
        requests.identityVerified(id); // the DPO checked who wrote

        var file = mvc.get().uri("/dpo/requests/" + id.value() + "/package.json").header("Accept-Language", "en").exchange();

        assertThat(file).hasStatusOk();
        assertThat(file).headers().hasValue("Cache-Control", "no-store");
        assertThat(file.getMvcResult().getResponse().getHeader("Content-Disposition")).startsWith("attachment");
        assertThat(file).bodyJson().extractingPath("$.format").isEqualTo("tillid-access-package/1");
        assertThat(file).bodyText().contains("Ingrid", email, "Identity", "GDPR art. 6(1)", "Clients", "marketing-2026-11-29",
                "Modtager ApS", "the agency", "Datatilsynet").doesNotContain("dpo-package");
        var identity = file.getMvcResult().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(identity).contains("\"retention\"", "\"source\"", "\"recipients\"", "\"legalBases\"");

        var page = mvc.get().uri("/dpo/requests/" + id.value() + "/package").header("Accept-Language", "da").exchange();
        assertThat(page).hasStatusOk();
        assertThat(page).bodyText().contains("Det har vi registreret om dig", "Ingrid", "Modtager ApS");
    }

    @Test
    void nothingIsReleasedWhileIdentityIsUnproved() {
        RequestId id = requests.receive(new dk.tillid.privacy.SubjectId(UUID.randomUUID()), SubjectRequest.Kind.ACCESS,
                SubjectRequest.Channel.LETTER, requests.today());
        mvc.post().uri("/dpo/requests/" + id.value() + "/await-identity").with(csrf()).exchange();

        assertThat(mvc.get().uri("/dpo/requests/" + id.value() + "/package.json").exchange()).hasStatus(409);
    }

    static class Silent implements DisclosureChannel {

        @Override
        public String name() {
            return "test";
        }

        @Override
        public void deliver(DisclosureRequest request, Payload payload) {
        }
    }
}

package dk.tillid.privacy.consent;

import java.util.UUID;

import dk.tillid.IntegrationTest;
import dk.tillid.policy.PurposeId;
import dk.tillid.privacy.SubjectId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@IntegrationTest
@WithMockUser(username = "dpo-consent-page", roles = "DPO")
class ConsentPageTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ConsentLedger ledger;

    @Test
    void aConsentReceivedByLetterIsRecordedAndCanBeWithdrawnInOneStep() {
        SubjectId person = new SubjectId(UUID.randomUUID());

        var given = mvc.post().uri("/dpo/consents/give").with(csrf())
                .param("subject", person.toString()).param("wording", "P-PUR-2||marketing-2026-11-29")
                .param("channel", "LETTER").exchange();

        assertThat(given).hasStatus3xxRedirection().redirectedUrl().isEqualTo("/dpo/consents?subject=" + person);
        assertThat(ledger.isGiven(person, PurposeId.MARKETING, null)).isTrue();
        assertThat(mvc.get().uri("/dpo/consents?subject=" + person).header("Accept-Language", "en").exchange())
                .bodyText().contains("Standing now", "marketing-2026-11-29", "Letter", "Withdraw");

        mvc.post().uri("/dpo/consents/withdraw").with(csrf()).param("subject", person.toString())
                .param("purpose", "P-PUR-2").param("category", "").param("channel", "PHONE").exchange();

        assertThat(ledger.isGiven(person, PurposeId.MARKETING, null)).isFalse();
    }

    @Test
    void anIncompleteFormSaysWhatIsMissing() {
        var page = mvc.post().uri("/dpo/consents/give").with(csrf()).header("Accept-Language", "da")
                .param("subject", "").param("wording", "").exchange();

        assertThat(page).hasStatus(400);
        assertThat(page).bodyText().contains("Skriv personens id.", "Vælg den ordlyd, personen sagde ja til.",
                "Vælg, hvordan samtykket nåede os.");
    }

    @Test
    void theOverviewNamesNoOne() {
        SubjectId person = new SubjectId(UUID.randomUUID());
        mvc.post().uri("/dpo/consents/give").with(csrf()).param("subject", person.toString())
                .param("wording", "P-PUR-2||marketing-2026-11-29").param("channel", "PHONE").exchange();

        var overview = mvc.get().uri("/dpo/consents").header("Accept-Language", "en").exchange();

        assertThat(overview).hasStatusOk();
        assertThat(overview).bodyText().contains("Standing consents", "P-PUR-2").doesNotContain(person.toString());
    }
}

package dk.tillid.candidate;

import java.time.Instant;
import java.util.UUID;

import dk.tillid.IntegrationTest;
import dk.tillid.MutableClock;
import dk.tillid.demo.DanishPeople;
import dk.tillid.person.NewPerson;
import dk.tillid.person.PersonId;
import dk.tillid.person.PersonKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** The candidate's page says which rule keeps each category and through which day (T6, item 2). */
@IntegrationTest
@WithMockUser(username = "recruiter-retention", roles = "RECRUITER")
class CandidateRetentionPageTest {

    @Autowired MockMvcTester mvc;
    @Autowired MutableClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aCandidateIsKeptSixMonthsFromTheLastContactAndThePageSaysSo() throws Exception {
        clock.set(Instant.parse("2026-01-31T10:00:00Z"));
        PersonId id = register();

        String english = mvc.get().uri("/candidates/" + id.value()).header("Accept-Language", "en").exchange()
                .getResponse().getContentAsString();

        assertThat(english).contains("id=\"retention\"", "P-RET-1",
                "If you have not worked for us, your job data is deleted six months after our last contact with you.",
                "Identity and contact data", "Kept through 2026-07-31, deleted the day after (2026-08-01)");
        assertThat(english).as("a category the recruiters' purpose may not use is not listed")
                .contains("data-category=\"P-DATA-1\"").doesNotContain("data-category=\"P-DATA-5\"", "P-RET-2", "P-RET-3");
        assertThat(mvc.get().uri("/candidates/" + id.value()).exchange().getResponse().getContentAsString())
                .as("Danish by default").contains("Opbevaring", "Gemmes til og med 2026-07-31, slettes dagen efter (2026-08-01)");
    }

    @Test
    void aNewContactMovesTheDate() throws Exception {
        clock.set(Instant.parse("2026-01-31T10:00:00Z"));
        PersonId id = register();
        clock.set(Instant.parse("2026-03-02T10:00:00Z"));
        assertThat(mvc.post().uri("/candidates/" + id.value() + "/contacts/new").with(csrf()).param("kind", "CALL")
                .param("note", "Opfølgning").exchange()).hasStatus3xxRedirection();

        String page = mvc.get().uri("/candidates/" + id.value()).header("Accept-Language", "en").exchange()
                .getResponse().getContentAsString();

        assertThat(page).contains("Kept through 2026-09-02, deleted the day after (2026-09-03)")
                .doesNotContain("2026-07-31");
    }

    private PersonId register() {
        NewPerson person = new DanishPeople(UUID.randomUUID().getMostSignificantBits()).next(PersonKind.CANDIDATE);
        var created = mvc.post().uri("/candidates/new").with(csrf()).param("givenName", person.name().givenName())
                .param("familyName", person.name().familyName())
                .param("email", "ret." + UUID.randomUUID().toString().substring(0, 8) + "@example.dk")
                .param("dateOfBirth", person.dateOfBirth().toString()).param("street", person.address().street())
                .param("postcode", person.address().postcode()).param("city", person.address().city())
                .param("workType", "EITHER").param("skills", "Lager").exchange();
        assertThat(created).hasStatus3xxRedirection();
        return PersonId.parse(created.getMvcResult().getResponse().getRedirectedUrl().substring("/candidates/".length()));
    }
}

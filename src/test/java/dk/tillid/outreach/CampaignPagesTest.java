package dk.tillid.outreach;

import com.icegreen.greenmail.util.GreenMail;
import dk.tillid.IntegrationTest;
import dk.tillid.candidate.Candidates;
import dk.tillid.person.PersonKind;
import dk.tillid.person.Persons;
import dk.tillid.privacy.consent.ConsentLedger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** The recruiter's campaign pages: list, form with its refusals, preview, sending and progress. */
@IntegrationTest
class CampaignPagesTest {

    @Autowired MockMvcTester mvc;
    @Autowired Persons persons;
    @Autowired Candidates candidates;
    @Autowired ConsentLedger consents;
    @Autowired GreenMail greenMail;
    @Autowired Campaigns campaigns;

    @Test
    void aRecruiterWritesPreviewsAndSendsACampaignAndFollowsItsProgress() throws Exception {
        OutreachPeople people = new OutreachPeople(persons, candidates, consents, greenMail);
        String town = "Sideby " + OutreachPeople.tag();
        people.inTown(town, PersonKind.CANDIDATE, true);
        people.inTown(town, PersonKind.CANDIDATE, true);
        people.inTown(town, PersonKind.CANDIDATE, false);

        assertThat(mvc.get().uri("/campaigns").with(recruiter()).exchange()).hasStatusOk().bodyText().contains("Ny kampagne");
        assertThat(mvc.get().uri("/campaigns/new").with(recruiter()).exchange()).hasStatusOk();

        MvcTestResult blank = form(town, "").exchange();
        assertThat(blank).hasStatus(400).bodyText().contains("Ret venligst");
        MvcTestResult cpr = form(town, "Ring til 010190-1234").exchange();
        assertThat(cpr).hasStatus(400).bodyText().contains("CPR");
        assertThat(campaigns.newest()).noneMatch(campaign -> campaign.name().equals("Sidekampagne " + town));

        MvcTestResult created = form(town, "Kære læser").exchange();
        assertThat(created).hasStatus3xxRedirection();
        String page = created.getMvcResult().getResponse().getRedirectedUrl();

        assertThat(mvc.get().uri(page).with(recruiter()).exchange()).hasStatusOk().bodyText()
                .contains("2 personer ville modtage den nu").contains("Send nu");
        assertThat(mvc.post().uri(page + "/send").with(recruiter()).with(csrf()).exchange()).hasStatus3xxRedirection();

        MvcTestResult progress = mvc.get().uri(page).with(recruiter()).exchange();
        assertThat(progress).hasStatusOk().bodyText().contains("Fremdrift");
        String status = new String(progress.getMvcResult().getResponse().getContentAsByteArray(), java.nio.charset.StandardCharsets.UTF_8);
        if (status.contains(">Sendes<")) {
            assertThat(progress).as("while it is being sent, the page reloads itself").hasHeader("Refresh", "2");
        } else {
            assertThat(progress.getMvcResult().getResponse().getHeader("Refresh")).as("once sent, it stops reloading").isNull();
        }
        assertThat(fields(mvc.post().uri(page + "/edit"), town, "Ny tekst").exchange())
                .as("a campaign being or been sent cannot be changed").hasStatus(400).bodyText().contains("Ikke gemt");
        assertThat(mvc.get().uri("/campaigns/" + java.util.UUID.randomUUID()).with(recruiter()).exchange()).hasStatus(404);
    }

    private org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder form(String town, String text) {
        return fields(mvc.post().uri("/campaigns/new"), town, text);
    }

    private static org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder fields(
            org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder request, String town, String text) {
        return request.with(recruiter()).with(csrf()).param("name", "Sidekampagne " + town)
                .param("subjectDa", "Nyt").param("textDa", text).param("subjectEn", "News").param("textEn", "Dear reader")
                .param("audienceKind", "").param("audienceCity", town);
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor recruiter() {
        return user("kampagne-rekrutterer").roles("RECRUITER");
    }
}

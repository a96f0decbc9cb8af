package dk.tillid.placement;

import dk.tillid.person.PersonId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static dk.tillid.placement.PlacementFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** The recruiter's pages and the JSON API: ranked matches with reasons, proposal, the placement's steps. */
@PlacementTest
@WithMockUser(username = "recruiter-pages", roles = "RECRUITER")
class PlacementPagesTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    PlacementFixtures fixtures;

    @Autowired
    Placements placements;

    @Test
    void theMatchesPageRanksExplainsAndProposes() {
        JobOrderDesk.Order order = fixtures.jobOrder(unique("page"), 1);
        PersonId person = fixtures.candidate(order.skills().get(0));

        var page = mvc.get().uri("/job-orders/" + order.id() + "/matches").header("Accept-Language", "en").exchange();

        assertThat(page).hasStatusOk();
        assertThat(page).bodyText().contains("Søren Bækgaard", "Skills found: " + order.skills().get(0),
                "Danish: asks B2, does not speak it", "Lives in the job&#39;s town", "Available by the start", "Karin Kunde");
        var proposed = mvc.post().uri("/job-orders/" + order.id() + "/matches/propose").with(csrf())
                .param("jobOrder", order.id().toString()).param("person", person.toString())
                .param("contact", fixtures.contactOf(order).toString()).exchange();
        assertThat(proposed).hasStatus3xxRedirection();
        PlacementId id = placements.ofJobOrder(order.id()).get(0).placement().id();
        assertThat(proposed).redirectedUrl().isEqualTo("/placements/" + id);

        assertThat(mvc.post().uri("/placements/" + id + "/start").with(csrf()).param("firstDay", "2027-01-04")
                .param("hourlyPay", "180").exchange()).hasStatus3xxRedirection().flash()
                .containsEntry("refused", "placement.refused.notAccepted");
        assertThat(mvc.post().uri("/placements/" + id + "/accept").with(csrf()).exchange()).hasStatus3xxRedirection();
        assertThat(mvc.get().uri("/placements/" + id).header("Accept-Language", "en").exchange()).bodyText()
                .contains("Accepted by the client", "Start the assignment");
        assertThat(mvc.get().uri("/placements").header("Accept-Language", "da").exchange()).bodyText()
                .contains("Søren Bækgaard", "Accepteret af kunden");
    }

    @Test
    void theApiRanksWithReasonsAndRefusesAStepOutOfTurnInWords() {
        JobOrderDesk.Order order = fixtures.jobOrder(unique("api"), 1);
        PersonId person = fixtures.candidate(order.skills().get(0));

        var matches = mvc.get().uri("/api/v1/job-orders/" + order.id() + "/matches").header("Accept-Language", "en").exchange();
        assertThat(matches).hasStatusOk();
        assertThat(matches).bodyJson().extractingPath("$[0].person").isEqualTo(person.toString());
        assertThat(matches).bodyJson().extractingPath("$[0].explanation.matchedSkills[0]").isEqualTo(order.skills().get(0));
        assertThat(matches).bodyJson().extractingPath("$[0].reasons[0]").isEqualTo("Skills found: " + order.skills().get(0));

        var created = mvc.post().uri("/api/v1/placements").contentType(MediaType.APPLICATION_JSON).content("""
                {"jobOrder": "%s", "person": "%s", "contact": "%s"}""".formatted(order.id(), person, fixtures.contactOf(order)))
                .exchange();
        assertThat(created).hasStatus(201);
        assertThat(created).bodyJson().extractingPath("$.status").isEqualTo("PROPOSED");
        String id = placements.ofJobOrder(order.id()).get(0).placement().id().toString();

        var outOfTurn = mvc.post().uri("/api/v1/placements/" + id + "/end").header("Accept-Language", "en")
                .contentType(MediaType.APPLICATION_JSON).content("{\"lastDay\": \"2027-02-01\"}").exchange();
        assertThat(outOfTurn).hasStatus(409);
        assertThat(outOfTurn).bodyJson().extractingPath("$.detail").isEqualTo("The assignment has not started.");
        assertThat(mvc.post().uri("/api/v1/placements/" + id + "/start").contentType(MediaType.APPLICATION_JSON)
                .content("{\"hourlyPay\": -3}").exchange()).hasStatus(400);
        var again = mvc.post().uri("/api/v1/placements").header("Accept-Language", "da").contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"jobOrder": "%s", "person": "%s", "contact": "%s"}""".formatted(order.id(), person, fixtures.contactOf(order)))
                .exchange();
        assertThat(again).hasStatus(409);
        assertThat(again).bodyJson().extractingPath("$.detail").isEqualTo("Kandidaten er allerede foreslået til denne ordre.");
    }

    @Test
    @WithMockUser(username = "payroll-pages", roles = "PAYROLL")
    void onlyRecruitersReachMatchesAndPlacements() {
        JobOrderDesk.Order order = fixtures.jobOrder(unique("role"), 1);

        assertThat(mvc.get().uri("/job-orders/" + order.id() + "/matches").exchange()).hasStatus(403);
        assertThat(mvc.get().uri("/placements").exchange()).hasStatus(403);
        assertThat(mvc.get().uri("/api/v1/job-orders/" + order.id() + "/matches").exchange()).hasStatus(403);
        assertThat(mvc.get().uri("/api/v1/placements").exchange()).hasStatus(403);
    }
}

package dk.tillid.placement;

import dk.tillid.IntegrationTest;
import dk.tillid.candidate.Candidates;
import dk.tillid.client.Clients;
import dk.tillid.client.JobOrder;
import dk.tillid.client.JobOrders;
import dk.tillid.person.PersonId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static dk.tillid.placement.PlacementFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** The recruiter's pages and the JSON API: ranked matches with reasons, proposal, the placement's steps. */
@IntegrationTest
@WithMockUser(username = "recruiter-pages", roles = "RECRUITER")
class PlacementPagesTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Placements placements;

    @Autowired
    Candidates candidates;

    @Autowired
    Clients clients;

    @Autowired
    JobOrders jobOrders;

    PlacementFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new PlacementFixtures(clients, jobOrders, candidates);
    }

    @Test
    void theMatchesPageRanksExplainsAndProposes() {
        JobOrder order = fixtures.jobOrder(unique("page"), 1);
        PersonId person = fixtures.candidate(order.skills().get(0));

        var page = mvc.get().uri("/job-orders/" + PlacementFixtures.id(order) + "/matches").header("Accept-Language", "en").exchange();

        assertThat(page).hasStatusOk();
        assertThat(page).bodyText().contains("Søren Bækgaard", "Skills found: " + order.skills().get(0),
                "Danish: asks B2, does not speak it", "Lives in the job&#39;s town", "Available by the start", "Karin Kunde");
        var proposed = mvc.post().uri("/job-orders/" + PlacementFixtures.id(order) + "/matches/propose").with(csrf())
                .param("jobOrder", PlacementFixtures.id(order).toString()).param("person", person.toString())
                .param("contact", fixtures.contactOf(order).toString()).exchange();
        assertThat(proposed).hasStatus3xxRedirection();
        PlacementId id = placements.ofJobOrder(PlacementFixtures.id(order)).get(0).placement().id();
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
        JobOrder order = fixtures.jobOrder(unique("api"), 1);
        PersonId person = fixtures.candidate(order.skills().get(0));

        var matches = mvc.get().uri("/api/v1/job-orders/" + PlacementFixtures.id(order) + "/matches").header("Accept-Language", "en").exchange();
        assertThat(matches).hasStatusOk();
        assertThat(matches).bodyJson().extractingPath("$[0].person").isEqualTo(person.toString());
        assertThat(matches).bodyJson().extractingPath("$[0].explanation.matchedSkills[0]").isEqualTo(order.skills().get(0));
        assertThat(matches).bodyJson().extractingPath("$[0].reasons[0]").isEqualTo("Skills found: " + order.skills().get(0));

        var created = mvc.post().uri("/api/v1/placements").contentType(MediaType.APPLICATION_JSON).content("""
                {"jobOrder": "%s", "person": "%s", "contact": "%s"}""".formatted(PlacementFixtures.id(order), person, fixtures.contactOf(order)))
                .exchange();
        assertThat(created).hasStatus(201);
        assertThat(created).bodyJson().extractingPath("$.status").isEqualTo("PROPOSED");
        String id = placements.ofJobOrder(PlacementFixtures.id(order)).get(0).placement().id().toString();

        var outOfTurn = mvc.post().uri("/api/v1/placements/" + id + "/end").header("Accept-Language", "en")
                .contentType(MediaType.APPLICATION_JSON).content("{\"lastDay\": \"2027-02-01\"}").exchange();
        assertThat(outOfTurn).hasStatus(409);
        assertThat(outOfTurn).bodyJson().extractingPath("$.detail").isEqualTo("The assignment has not started.");
        assertThat(mvc.post().uri("/api/v1/placements/" + id + "/start").contentType(MediaType.APPLICATION_JSON)
                .content("{\"hourlyPay\": -3}").exchange()).hasStatus(400);
        var again = mvc.post().uri("/api/v1/placements").header("Accept-Language", "da").contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"jobOrder": "%s", "person": "%s", "contact": "%s"}""".formatted(PlacementFixtures.id(order), person, fixtures.contactOf(order)))
                .exchange();
        assertThat(again).hasStatus(409);
        assertThat(again).bodyJson().extractingPath("$.detail").isEqualTo("Kandidaten er allerede foreslået til denne ordre.");
    }

    @Test
    @WithMockUser(username = "payroll-pages", roles = "PAYROLL")
    void onlyRecruitersReachMatchesAndPlacements() {
        JobOrder order = fixtures.jobOrder(unique("role"), 1);

        assertThat(mvc.get().uri("/job-orders/" + PlacementFixtures.id(order) + "/matches").exchange()).hasStatus(403);
        assertThat(mvc.get().uri("/placements").exchange()).hasStatus(403);
        assertThat(mvc.get().uri("/api/v1/job-orders/" + PlacementFixtures.id(order) + "/matches").exchange()).hasStatus(403);
        assertThat(mvc.get().uri("/api/v1/placements").exchange()).hasStatus(403);
    }
}

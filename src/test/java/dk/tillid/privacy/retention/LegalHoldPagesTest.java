package dk.tillid.privacy.retention;

import java.time.LocalDate;
import java.util.UUID;

import dk.tillid.IntegrationTest;
import dk.tillid.demo.DanishPeople;
import dk.tillid.person.NewPerson;
import dk.tillid.person.PersonId;
import dk.tillid.person.PersonKind;
import dk.tillid.person.Persons;
import dk.tillid.platform.AgencyTime;
import dk.tillid.policy.PurposeId;
import dk.tillid.privacy.SubjectId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** The DPO's legal-hold page: add, list (standing first), lift; refusals; only the DPO and the admin. */
@IntegrationTest
@WithMockUser(username = "dpo-holds", roles = "DPO")
class LegalHoldPagesTest {

    private static final DanishPeople PEOPLE = new DanishPeople(System.nanoTime());

    @Autowired MockMvcTester mvc;
    @Autowired Persons persons;
    @Autowired LegalHolds holds;
    @Autowired JdbcClient jdbc;
    @Autowired java.time.Clock clock;

    @Test
    void theDpoPlacesListsAndLiftsAHold() {
        SubjectId person = candidate();
        String reason = "Tvist om feriepenge " + UUID.randomUUID();
        LocalDate end = today().plusMonths(6);

        var placed = place(person.toString(), reason, end.toString());

        assertThat(placed).hasStatus3xxRedirection().hasRedirectedUrl("/dpo/legal-holds");
        assertThat(holds.standingUntil(person)).contains(end);
        assertThat(mvc.get().uri("/dpo/legal-holds?lang=en").exchange()).hasStatusOk().bodyText()
                .contains(person.toString(), reason, end.toString(), "Standing");
        assertThat(place(person.toString(), "En anden sag", end.plusDays(1).toString())).as("one standing hold per person")
                .hasStatus(400).bodyText().contains("A legal hold on this person stands already");

        UUID id = holdOf(person, reason);
        assertThat(mvc.post().uri("/dpo/legal-holds/" + id + "/lift?lang=en").param("reason", " ").with(csrf()).exchange())
                .as("lifting early needs a reason").hasStatus(400).bodyText().contains("Give the reason for lifting the hold early");
        assertThat(holds.standingUntil(person)).contains(end);

        var lifted = mvc.post().uri("/dpo/legal-holds/" + id + "/lift").param("reason", "Forligt").with(csrf()).exchange();

        assertThat(lifted).hasStatus3xxRedirection().hasRedirectedUrl("/dpo/legal-holds");
        assertThat(holds.standingUntil(person)).isEmpty();
        assertThat(mvc.get().uri("/dpo/legal-holds?lang=en").exchange()).bodyText().contains("Lifted early: Forligt");
        assertThat(mvc.post().uri("/dpo/legal-holds/" + id + "/lift?lang=en").param("reason", "Igen").with(csrf()).exchange())
                .hasStatus(400).bodyText().contains("no longer stands");
        assertThat(place(person.toString(), "Ny retssag", end.toString())).as("a new hold once the old one is lifted")
                .hasStatus3xxRedirection();
        assertThat(mvc.post().uri("/dpo/legal-holds/" + UUID.randomUUID() + "/lift").param("reason", "x").with(csrf()).exchange())
                .hasStatus(404);
    }

    @Test
    void standingHoldsAreListedBeforeLiftedOnes() throws Exception {
        SubjectId liftedPerson = candidate();
        SubjectId standingPerson = candidate();
        holds.place(liftedPerson, "Sag A " + UUID.randomUUID(), today().plusDays(30));
        holds.lift(holdOf(liftedPerson, null), "Afsluttet");
        holds.place(standingPerson, "Sag B " + UUID.randomUUID(), today().plusDays(30));
        // placed later, so newest-first alone would put it first; standing-first must put it before the lifted one anyway
        SubjectId newestLifted = candidate();
        holds.place(newestLifted, "Sag C " + UUID.randomUUID(), today().plusDays(30));
        holds.lift(holdOf(newestLifted, null), "Afsluttet");

        String body = mvc.get().uri("/dpo/legal-holds?lang=en").exchange().getResponse().getContentAsString();

        assertThat(body.indexOf(standingPerson.toString())).isPositive()
                .isLessThan(body.indexOf(newestLifted.toString())).isLessThan(body.indexOf(liftedPerson.toString()));
    }

    @Test
    void aHoldNeedsAReasonAnEndDateNotPastAndAPersonId() {
        SubjectId person = candidate();

        assertThat(place(person.toString(), "Tvist", today().minusDays(1).toString())).hasStatus(400).bodyText()
                .contains("The last day cannot be in the past");
        assertThat(place(person.toString(), "  ", today().plusDays(10).toString())).hasStatus(400).bodyText()
                .contains("Give the reason for the hold");
        assertThat(place(person.toString(), "Tvist", "")).hasStatus(400).bodyText()
                .contains("Give the last day the hold stands");
        assertThat(place(person.toString(), "Tvist", "31-12-2099")).hasStatus(400).bodyText()
                .contains("Enter a date as year-month-day");
        assertThat(place("ikke-et-id", "Tvist", today().plusDays(10).toString())).hasStatus(400).bodyText()
                .contains("That is not a person id");
        assertThat(place(UUID.randomUUID().toString(), "Tvist", today().plusDays(10).toString())).hasStatus(400).bodyText()
                .contains("Nothing is held about this person");
        assertThat(holds.standingUntil(person)).as("nothing was placed").isEmpty();

        assertThat(place(person.toString(), "Tvist", today().toString())).as("a hold may end today").hasStatus3xxRedirection();
    }

    @Test
    void theCandidatesPageSaysAHoldKeepsTheirDataThroughItsEnd() throws Exception {
        SubjectId person = candidateWithProfile();
        LocalDate end = today().plusYears(3);
        holds.place(person, "Retssag om løn", end);

        String page = mvc.get().uri("/candidates/" + person).with(user("recruiter-holds").roles("RECRUITER"))
                .header("Accept-Language", "en").exchange().getResponse().getContentAsString();

        assertThat(page).contains("data-category=\"P-DATA-1\" data-rule=\"legal hold\"",
                        "A legal hold (a dispute or a court case)", "Kept through " + end)
                .as("the reason is the DPO's, not the recruiter's").doesNotContain("Retssag om løn");
    }

    @Test
    @WithMockUser(username = "recruiter-holds", roles = "RECRUITER")
    void aRecruiterMayNeitherSeeNorPlaceHolds() {
        SubjectId person = SubjectId.parse(UUID.randomUUID().toString());
        assertThat(mvc.get().uri("/dpo/legal-holds").exchange()).hasStatus(403);
        assertThat(place(person.toString(), "Tvist", today().plusDays(10).toString())).hasStatus(403);
        assertThat(mvc.post().uri("/dpo/legal-holds/" + UUID.randomUUID() + "/lift").param("reason", "x").with(csrf())
                .exchange()).hasStatus(403);
        assertThat(mvc.get().uri("/dpo/legal-holds").with(user("admin-holds").roles("ADMIN")).exchange()).hasStatusOk();
    }

    private org.springframework.test.web.servlet.assertj.MvcTestResult place(String subject, String reason, String endsOn) {
        return mvc.post().uri("/dpo/legal-holds?lang=en").param("subject", subject).param("reason", reason)
                .param("endsOn", endsOn).with(csrf()).exchange();
    }

    private UUID holdOf(SubjectId person, String reason) {
        return jdbc.sql("SELECT id FROM legal_hold WHERE subject_id = :subject AND (:reason::text IS NULL OR reason = :reason) "
                        + "ORDER BY placed_at DESC LIMIT 1")
                .param("subject", person.value()).param("reason", reason).query(UUID.class).single();
    }

    /** A candidate as recruiters register one, with the profile the candidate's page shows. */
    private SubjectId candidateWithProfile() {
        NewPerson person = PEOPLE.next(PersonKind.CANDIDATE);
        var created = mvc.post().uri("/candidates/new").with(csrf()).with(user("recruiter-holds").roles("RECRUITER"))
                .param("givenName", person.name().givenName()).param("familyName", person.name().familyName())
                .param("email", "hold." + UUID.randomUUID().toString().substring(0, 8) + "@example.dk")
                .param("dateOfBirth", person.dateOfBirth().toString()).param("street", person.address().street())
                .param("postcode", person.address().postcode()).param("city", person.address().city())
                .param("workType", "EITHER").param("skills", "Lager").exchange();
        assertThat(created).hasStatus3xxRedirection();
        return SubjectId.parse(created.getMvcResult().getResponse().getRedirectedUrl().substring("/candidates/".length()));
    }

    private SubjectId candidate() {
        PersonId person = persons.register(PEOPLE.next(PersonKind.CANDIDATE), PurposeId.SUITABILITY);
        return person.subject();
    }

    private LocalDate today() {
        return AgencyTime.today(clock);
    }
}

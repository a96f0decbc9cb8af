package dk.tillid.privacy.breach;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import dk.tillid.IntegrationTest;
import dk.tillid.platform.AgencyTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** The DPO's breach register: recording, the deadline shown, phased updates, the authority, refusals, access. */
@IntegrationTest
@WithMockUser(username = "dpo-breaches", roles = "DPO")
class BreachRegisterPagesTest {

    static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern(BreachForm.MINUTES);

    @Autowired MockMvcTester mvc;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    @Test
    void theDpoRecordsABreachFollowsTheDeadlineAddsUpdatesInOrderAndRecordsTheNotification() throws Exception {
        String what = "Bærbar med lønfiler stjålet " + UUID.randomUUID();
        LocalDateTime aware = danishNow().minusHours(5).withSecond(0).withNano(0);

        MvcTestResult recorded = record(what, aware.minusDays(1).format(INPUT), aware.format(INPUT));

        assertThat(recorded).hasStatus3xxRedirection();
        String page = recorded.getResponse().getRedirectedUrl();
        String deadline = aware.plusHours(72).atZone(AgencyTime.ZONE).toInstant().atZone(AgencyTime.ZONE)
                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
        assertThat(mvc.get().uri(page + "?lang=en").exchange()).hasStatusOk().bodyText()
                .contains(what, "72 hours after we became aware: " + deadline, "h ", "min left", "info@jobconnection.dk");
        assertThat(mvc.get().uri("/dpo/breaches?lang=en").exchange()).bodyText().contains("Not yet notified");

        assertThat(post(page + "/updates", "text", "Første opdatering: 40 lønsedler berørt")).hasStatus3xxRedirection();
        assertThat(post(page + "/updates", "text", "Anden opdatering: politianmeldt")).hasStatus3xxRedirection();
        String body = mvc.get().uri(page + "?lang=en").exchange().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(body.indexOf("Første opdatering")).isPositive().isLessThan(body.indexOf("Anden opdatering"));

        var notified = mvc.post().uri(page + "/authority?lang=en").param("notifiedAt", aware.plusHours(2).format(INPUT))
                .param("reference", "2026-441-0001").with(csrf()).exchange();
        assertThat(notified).hasStatus3xxRedirection();
        assertThat(mvc.get().uri(page + "?lang=en").exchange()).bodyText().contains("reference 2026-441-0001")
                .doesNotContain("min left");
        assertThat(post(page + "/no-notification", "reason", "Ingen risiko")).as("settled once").hasStatus(400)
                .bodyText().contains("settled already");
        assertThat(post(page + "/updates", "text", "Tredje opdatering efter anmeldelsen")).as("updates go on after notification")
                .hasStatus3xxRedirection();
    }

    @Test
    void aBreachNotNotifiedAfter72HoursIsOverdueAndOneWithoutRiskIsStillDocumented() {
        String what = "Forkert modtager af e-mail " + UUID.randomUUID();
        MvcTestResult recorded = record(what, "", danishNow().minusHours(80).format(INPUT));
        String page = recorded.getResponse().getRedirectedUrl();

        assertThat(mvc.get().uri(page + "?lang=en").exchange()).bodyText().contains("Overdue by 8 h");

        assertThat(post(page + "/no-notification", "reason", "Modtageren slettede straks; krypteret vedhæftning"))
                .hasStatus3xxRedirection();
        assertThat(mvc.get().uri("/dpo/breaches?lang=en").exchange()).bodyText()
                .contains(what, "Documented, no notification needed");
    }

    @Test
    void badInputIsRefusedInPlainWords() {
        String now = danishNow().minusHours(1).format(INPUT);
        assertThat(mvc.post().uri("/dpo/breaches?lang=en").with(csrf()).param("awareAt", "").param("description", " ")
                .param("peopleAffected", "-1").param("recordsAffected", "3").param("consequences", "x").param("measures", "y")
                .exchange()).hasStatus(400).bodyText()
                .contains("Give when we became aware of the breach.", "Describe what happened.",
                        "Choose at least one category of data.", "Give a whole number, 0 or more.");
        assertThat(record("x", "", danishNow().plusHours(2).format(INPUT))).hasStatus(400).bodyText()
                .contains("A time cannot be in the future.");
        assertThat(record("x", now, danishNow().minusHours(3).format(INPUT))).hasStatus(400).bodyText()
                .contains("We cannot have become aware before the breach began.");
        assertThat(record("Liste med 010190-1234 lækket", "", now)).hasStatus(400).bodyText().contains("no CPR numbers");
        assertThat(mvc.post().uri("/dpo/breaches?lang=en").with(csrf()).param("awareAt", "i går")
                .param("description", "x").exchange()).hasStatus(400).bodyText().doesNotContain("Exception");

        String page = record("Phishing " + UUID.randomUUID().toString().replaceAll("[0-9]", "x"), "", now).getResponse().getRedirectedUrl();
        assertThat(post(page + "/updates", "text", "  ")).hasStatus(400).bodyText().contains("Write the further information.");
        assertThat(post(page + "/risk", "reasoning", "CPR-numre")).hasStatus(400).bodyText()
                .contains("Say what the people can do to protect themselves.");
        assertThat(mvc.post().uri(page + "/notify?lang=en").with(csrf()).param("by", "IDS")
                .param("ids", UUID.randomUUID().toString()).exchange()).as("no notices before a high risk").hasStatus(400)
                .bodyText().contains("Only a breach marked as high risk");
        assertThat(mvc.post().uri(page + "/authority?lang=en").with(csrf()).param("notifiedAt", danishNow().minusDays(3).format(INPUT))
                .param("reference", "X").exchange()).hasStatus(400).bodyText().contains("cannot come before we became aware");
        assertThat(mvc.get().uri("/dpo/breaches/" + UUID.randomUUID()).exchange()).hasStatus(404);
        assertThat(mvc.post().uri("/dpo/breaches/" + UUID.randomUUID() + "/updates").param("text", "x").with(csrf()).exchange())
                .hasStatus(404);
    }

    @Test
    void onlyTheDpoAndTheAdminSeeTheRegister() {
        assertThat(mvc.get().uri("/dpo/breaches").with(user("recruiter").roles("RECRUITER")).exchange()).hasStatus(403);
        assertThat(mvc.post().uri("/dpo/breaches").with(user("recruiter").roles("RECRUITER")).with(csrf())
                .param("description", "x").exchange()).hasStatus(403);
        assertThat(mvc.get().uri("/dpo/breaches").with(user("admin").roles("ADMIN")).exchange()).hasStatusOk();
        assertThat(mvc.post().uri("/dpo/breaches").param("description", "x").exchange()).as("no CSRF token").hasStatus(403);
    }

    MvcTestResult record(String description, String occurredFrom, String awareAt) {
        return mvc.post().uri("/dpo/breaches?lang=en").with(csrf()).param("occurredFrom", occurredFrom).param("awareAt", awareAt)
                .param("description", description).param("categories", "P-DATA-1", "P-DATA-9")
                .param("peopleAffected", "40").param("recordsAffected", "120")
                .param("consequences", "Identitetstyveri og misbrug af kontonumre")
                .param("measures", "Fjernsletning af enheden; adgangskoder skiftet").exchange();
    }

    private MvcTestResult post(String uri, String field, String value) {
        return mvc.post().uri(uri + "?lang=en").param(field, value).with(csrf()).exchange();
    }

    private LocalDateTime danishNow() {
        return LocalDateTime.ofInstant(clock.instant(), AgencyTime.ZONE);
    }
}

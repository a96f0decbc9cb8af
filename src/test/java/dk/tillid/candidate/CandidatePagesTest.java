package dk.tillid.candidate;

import java.util.UUID;

import dk.tillid.IntegrationTest;
import dk.tillid.person.PersonId;
import dk.tillid.policy.PurposeId;
import dk.tillid.privacy.audit.AuditTrail;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@IntegrationTest
@WithMockUser(username = "recruiter-pages", roles = "RECRUITER")
class CandidatePagesTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Candidates candidates;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditTrail audit;

    @Test
    void aRecruiterRegistersACandidateAndSeesEverythingOnTheirPage() {
        PersonId id = register("Ærling", "Ødegård-Åberg", unique("aerling"));

        assertThat(post("/candidates/" + id.value() + "/education/new").param("institution", "Københavns Erhvervsakademi")
                .param("programme", "Logistikøkonom").param("startedOn", "2018-08-01").param("endedOn", "2020-06-30")
                .param("completed", "true").exchange()).hasStatus3xxRedirection();
        assertThat(post("/candidates/" + id.value() + "/experience/new").param("kind", "INTERNSHIP").param("employer", "Føtex")
                .param("title", "Praktikant på lageret").exchange()).hasStatus3xxRedirection();
        assertThat(post("/candidates/" + id.value() + "/courses/new").param("kind", "TEST").param("name", "Truckcertifikat B")
                .param("result", "Bestået").exchange()).hasStatus3xxRedirection();
        assertThat(post("/candidates/" + id.value() + "/languages/new").param("language", "pl").param("level", "B2").exchange()).hasStatus3xxRedirection();
        assertThat(post("/candidates/" + id.value() + "/unemployment").param("insuranceFund", "Krifa A-kasse")
                .param("unemployedSince", "2026-10-01").exchange()).hasStatus3xxRedirection();
        assertThat(post("/candidates/" + id.value() + "/referees/new").param("name", "Søren Æbelø").param("company", "Bygma")
                .param("statement", "Mødte altid til tiden.").exchange()).hasStatus3xxRedirection();
        assertThat(post("/candidates/" + id.value() + "/contacts/new").param("kind", "CALL").param("note", "Ringede om job").exchange()).hasStatus3xxRedirection();

        var page = mvc.get().uri("/candidates/" + id.value()).header("Accept-Language", "en").exchange();

        assertThat(page).hasStatusOk();
        assertThat(page).bodyText().contains("Ærling Ødegård-Åberg", "Logistikøkonom", "Praktikant på lageret", "internship",
                "Truckcertifikat B", "Bestået", "Polish", "B2 (upper intermediate)", "Krifa A-kasse", "Søren Æbelø",
                "Mødte altid til tiden.", "Phone call", "Ringede om job", "Awaiting e-mail confirmation");
    }

    @Test
    void theNextOfKinPageReadsThemForSafetyAtWorkOnly() {
        PersonId id = register("Bo", "Holm", unique("bo"));
        assertThat(post("/candidates/" + id.value() + "/next-of-kin/new").param("name", "Lærke Holm").param("relation", "søster")
                .param("phone", "+45 40 50 60 70").exchange()).hasStatus3xxRedirection();

        assertThat(mvc.get().uri("/candidates/" + id.value()).exchange()).bodyText().doesNotContain("Lærke Holm");
        var kin = mvc.get().uri("/candidates/" + id.value() + "/next-of-kin").exchange();

        assertThat(kin).bodyText().contains("Lærke Holm", "søster", "+45 40 50 60 70");
        assertThat(audit.changesOf(id.subject(), 10)).anySatisfy(change -> {
            assertThat(change.categories()).contains("P-DATA-5");
            assertThat(change.purpose()).isEqualTo(PurposeId.ADMINISTRATION.value());
        });
    }

    @Test
    void editingChangesOnlyWhatDiffersAndTheHistoryShowsIt() {
        PersonId id = register("Ida", "Munk", unique("ida"));

        var edited = post("/candidates/" + id.value() + "/edit").param("givenName", "Ida Marie").param("familyName", "Munk")
                .param("email", unique("ida")).param("workType", "PERMANENT").param("headline", "Lagerchef").exchange();

        assertThat(edited).hasStatus3xxRedirection();
        CandidateView view = candidates.get(id, PurposeId.SUITABILITY);
        assertThat(view.person().name().fullName()).isEqualTo("Ida Marie Munk");
        assertThat(view.candidate().profile().headline()).isEqualTo("Lagerchef");
        assertThat(mvc.get().uri("/candidates/" + id.value() + "/history").header("Accept-Language", "da").exchange())
                .bodyText().contains("recruiter-pages", "Ændret", "Identitet og kontaktoplysninger");
    }

    @Test
    void theListFiltersByPostedValuesSoNoNameEntersTheAddress() {
        String family = "Filtersen" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "x");
        register("Kaj", family, unique("kaj"));

        var found = post("/candidates").param("name", family).exchange();

        assertThat(found).hasStatusOk();
        assertThat(found).bodyText().contains("Kaj " + family);
        assertThat(post("/candidates").param("language", "not a language").exchange()).hasStatus(400);
    }

    @Test
    void validationMessagesComeInTheReadersLanguageAndNothingIsSaved() {
        long before = persons();

        var danish = post("/candidates/new").header("Accept-Language", "da").param("givenName", "<script>alert(1)</script>")
                .param("familyName", "x".repeat(10_000)).param("email", "not-an-address").param("dateOfBirth", "2999-01-01")
                .param("street", "Vestergade 1").param("workType", "EITHER").exchange();
        var english = post("/candidates/new").header("Accept-Language", "en").param("givenName", "")
                .param("familyName", "Holm").param("email", unique("x")).param("workType", "EITHER").exchange();
        var badDate = post("/candidates/new").header("Accept-Language", "en").param("givenName", "Jens")
                .param("familyName", "Holm").param("email", unique("x")).param("dateOfBirth", "31-02-1990")
                .param("workType", "EITHER").exchange();

        assertThat(danish).hasStatus(400);
        assertThat(danish).bodyText().contains("Et navn kan indeholde bogstaver", "Brug højst 100 tegn.",
                "Skriv en e-mailadresse", "Fødselsdatoen kan ikke ligge i fremtiden", "En adresse kræver vej, postnummer og by");
        assertThat(english).hasStatus(400);
        assertThat(english).bodyText().contains("Please fill in this field.");
        assertThat(badDate).hasStatus(400);
        assertThat(badDate).bodyText().contains("Enter a date as year-month-day");
        assertThat(persons()).isEqualTo(before);
    }

    @Test
    @WithMockUser(username = "payroll-pages", roles = "PAYROLL")
    void onlyRecruitersWorkWithCandidates() {
        assertThat(mvc.get().uri("/candidates").exchange()).hasStatus(403);
    }

    @Test
    void aMalformedOrUnknownIdIsAPlainErrorPage() {
        assertThat(mvc.get().uri("/candidates/not-an-id").exchange()).hasStatus(400);
        assertThat(mvc.get().uri("/candidates/" + UUID.randomUUID()).exchange()).hasStatus(404);
    }

    private PersonId register(String given, String family, String email) {
        var created = post("/candidates/new").param("givenName", given).param("familyName", family)
                .param("email", email).param("dateOfBirth", "1991-04-17").param("street", "Åboulevarden 3")
                .param("postcode", "8000").param("city", "Aarhus C").param("workType", "EITHER")
                .param("skills", "Truck, Lager").exchange();
        assertThat(created).hasStatus3xxRedirection();
        String location = created.getMvcResult().getResponse().getRedirectedUrl();
        return PersonId.parse(location.substring("/candidates/".length()));
    }

    private MockMvcRequestBuilder post(String uri) {
        return mvc.post().uri(uri).with(csrf());
    }

    private long persons() {
        return jdbc.sql("SELECT count(*) FROM person").query(Long.class).single();
    }

    private static String unique(String local) {
        return local + "." + UUID.randomUUID().toString().substring(0, 8) + "@example.dk";
    }
}

package dk.tillid.candidate;

import java.util.Base64;
import java.util.UUID;

import dk.tillid.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
@WithMockUser(username = "recruiter-api", roles = "RECRUITER")
class CandidateApiTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    dk.tillid.person.Persons persons;

    @Test
    void aCandidateIsRegisteredFilledInAndReadBackWithUnicodeIntact() {
        String id = register("Øjvind", "Ærenlund-Åkesson", unique("oejvind"));

        assertThat(send("POST", "/api/v1/candidates/" + id + "/education", """
                {"institution": "Syddansk Universitet", "programme": "Cand.merc. i økonomi", "startedOn": "2019-09-01",
                 "endedOn": "2021-06-30", "completed": true}""")).hasStatus(201);
        assertThat(send("POST", "/api/v1/candidates/" + id + "/courses", """
                {"kind": "TEST", "name": "Personlighedstest (PPA)", "result": "Høj struktur", "throughAgency": true}""")).hasStatus(201);
        assertThat(send("PUT", "/api/v1/candidates/" + id + "/languages/DE", """
                {"level": "C1"}""")).hasStatusOk();
        assertThat(send("PUT", "/api/v1/candidates/" + id + "/unemployment", """
                {"insuranceFund": "Min A-kasse", "leave": "Barsel", "leaveFrom": "2025-01-01", "leaveTo": "2025-10-01"}""")).hasStatusOk();
        assertThat(send("POST", "/api/v1/candidates/" + id + "/contacts", """
                {"kind": "MEETING", "note": "Samtale på kontoret i Århus"}""")).hasStatus(201);

        var candidate = mvc.get().uri("/api/v1/candidates/" + id).exchange();

        assertThat(candidate).hasStatusOk();
        assertThat(candidate).bodyJson().extractingPath("$.familyName").isEqualTo("Ærenlund-Åkesson");
        assertThat(candidate).bodyJson().extractingPath("$.education[0].programme").isEqualTo("Cand.merc. i økonomi");
        assertThat(candidate).bodyJson().extractingPath("$.courses[0].result").isEqualTo("Høj struktur");
        assertThat(candidate).bodyJson().extractingPath("$.languages[0].language").isEqualTo("de");
        assertThat(candidate).bodyJson().extractingPath("$.unemployment.leave").isEqualTo("Barsel");
        assertThat(candidate).bodyJson().extractingPath("$.status").isEqualTo("AWAITING_CONFIRMATION");
        assertThat(candidate).bodyJson().doesNotHavePath("$.nextOfKin");
        assertThat(mvc.get().uri("/api/v1/candidates/" + id + "/contacts").exchange()).bodyJson()
                .extractingPath("$[0].note").isEqualTo("Samtale på kontoret i Århus");
        assertThat(mvc.get().uri("/api/v1/candidates/" + id + "/history").exchange()).bodyJson()
                .extractingPath("$[0].actor").isEqualTo("recruiter-api");
    }

    @Test
    void namesAndTextsInAnyScriptSurviveTheRoundTrip() {
        String[][] names = {{"Łukasz", "Żółć-Wąsowicz"}, {"Νίκος", "Παπαδόπουλος"}, {"محمد", "العلي"},
                {"Nguyễn Thị", "Minh Khai"}, {"Zoë", "O’Brien"}, {"李", "小龙"}};
        for (String[] name : names) {
            String id = register(name[0], name[1], unique("script"));
            assertThat(send("PUT", "/api/v1/candidates/" + id, """
                    {"givenName": "%s", "familyName": "%s", "email": "%s", "workType": "EITHER",
                     "summary": "Flydende i dansk – ÆØÅ æøå – og 😀 emoji", "skills": "Kørekort B, Ærlighed"}"""
                    .formatted(name[0], name[1], unique("script")))).hasStatusOk();

            var read = mvc.get().uri("/api/v1/candidates/" + id).exchange();

            assertThat(read).bodyJson().extractingPath("$.givenName").isEqualTo(name[0]);
            assertThat(read).bodyJson().extractingPath("$.familyName").isEqualTo(name[1]);
            assertThat(read).bodyJson().extractingPath("$.profile.summary").isEqualTo("Flydende i dansk – ÆØÅ æøå – og 😀 emoji");
            assertThat(read).bodyJson().extractingPath("$.profile.skills").asArray().containsExactly("kørekort b", "ærlighed");
        }
    }

    @Test
    void invalidFieldsAreAProblemThatNamesEachFieldInTheReadersLanguageAndNothingIsSaved() {
        long before = persons();

        var refused = mvc.post().uri("/api/v1/candidates").contentType(MediaType.APPLICATION_JSON)
                .header("Accept-Language", "da").content("""
                        {"givenName": "<img src=x onerror=alert(1)>", "familyName": "%s", "email": "nope",
                         "dateOfBirth": "1890-01-01", "workType": "EITHER"}""".formatted("å".repeat(10_000))).exchange();

        assertThat(refused).hasStatus(400);
        assertThat(refused).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(refused).bodyJson().extractingPath("$.errors[?(@.field == 'givenName')].message").asArray()
                .containsExactly("Et navn kan indeholde bogstaver, mellemrum, bindestreger, apostroffer og punktummer og skal begynde med et bogstav.");
        assertThat(refused).bodyJson().extractingPath("$.errors[?(@.field == 'familyName')].message").asArray()
                .containsExactly("Brug højst 100 tegn.");
        assertThat(refused).bodyJson().extractingPath("$.errors[?(@.field == 'dateOfBirth')].message").asArray()
                .containsExactly("Fødselsdatoen kan ikke ligge i fremtiden eller mere end 120 år tilbage.");
        assertThat(refused).bodyText().doesNotContain("onerror", "Exception", "at dk.tillid");
        assertThat(persons()).isEqualTo(before);
    }

    @Test
    void anImpossibleDateOrBrokenJsonIsAPlainBadRequest() {
        var impossible = send("POST", "/api/v1/candidates", """
                {"givenName": "Jens", "familyName": "Lund", "email": "%s", "dateOfBirth": "1990-02-31", "workType": "EITHER"}"""
                .formatted(unique("jens")));
        var broken = send("POST", "/api/v1/candidates", "{\"givenName\": ");

        assertThat(impossible).hasStatus(400);
        assertThat(impossible).bodyJson().extractingPath("$.detail").asString().contains("year-month-day");
        assertThat(broken).hasStatus(400);
        assertThat(broken).bodyText().doesNotContain("Exception", "tools.jackson");
    }

    @Test
    void unknownAndMalformedIdsAreProblemsToo() {
        assertThat(mvc.get().uri("/api/v1/candidates/" + UUID.randomUUID()).exchange()).hasStatus(404)
                .bodyJson().extractingPath("$.status").isEqualTo(404);
        assertThat(mvc.get().uri("/api/v1/candidates/12345").exchange()).hasStatus(400);
        assertThat(mvc.get().uri("/api/v1/candidates?size=abc<i>").exchange()).hasStatus(400)
                .bodyText().doesNotContain("abc", "<i>");
    }

    @Test
    void theListPagesByIdAndTheSearchTakesItsFiltersInTheBody() {
        String family = "Apisen" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "q");
        String first = register("Anna", family, unique("anna1"));
        String second = register("Bent", family, unique("bent1"));

        var page = send("POST", "/api/v1/candidates/search", """
                {"name": "%s", "size": 1}""".formatted(family));

        assertThat(page).bodyJson().extractingPath("$.candidates[0].id").isEqualTo(first);
        assertThat(page).bodyJson().extractingPath("$.continueAfter").isEqualTo(first);
        assertThat(send("POST", "/api/v1/candidates/search", """
                {"name": "%s", "size": 1, "after": "%s"}""".formatted(family, first)))
                .bodyJson().extractingPath("$.candidates[0].id").isEqualTo(second);
    }

    @Test
    void whoIsNotACandidateIsNotFoundHereEvenForContactsAndHistory() {
        var contact = persons.register(new dk.tillid.person.NewPerson(dk.tillid.person.PersonKind.BUSINESS_CONTACT,
                new dk.tillid.person.PersonName("Kontakt", "Kundesen"), new dk.tillid.person.ContactDetails(unique("k"), null),
                null, null), dk.tillid.policy.PurposeId.ADMINISTRATION);

        assertThat(mvc.get().uri("/api/v1/candidates/" + contact.value() + "/contacts").exchange()).hasStatus(404);
        assertThat(send("POST", "/api/v1/candidates/" + contact.value() + "/contacts", "{\"kind\": \"CALL\"}")).hasStatus(404);
        assertThat(mvc.get().uri("/api/v1/candidates/" + contact.value() + "/history").exchange()).hasStatus(404);
    }

    @Test
    @WithMockUser(username = "payroll-api", roles = "PAYROLL")
    void otherRolesAreRefusedWithAProblemNotALoginPage() {
        var refused = mvc.get().uri("/api/v1/candidates").exchange();

        assertThat(refused).hasStatus(403);
        assertThat(refused).bodyJson().extractingPath("$.status").isEqualTo(403);
    }

    @Test
    @org.springframework.security.test.context.support.WithAnonymousUser
    void anonymousCallersAreAskedForBasicCredentialsAndGetNoSession() {
        var refused = mvc.get().uri("/api/v1/candidates").exchange();
        var wrong = mvc.get().uri("/api/v1/candidates")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("nobody:wrong".getBytes())).exchange();

        assertThat(refused).hasStatus(401).headers().containsHeader("WWW-Authenticate");
        assertThat(wrong).hasStatus(401);
        assertThat(refused.getResponse().getCookie("JSESSIONID")).as("no session cookie").isNull();
        assertThat(wrong.getResponse().getCookie("JSESSIONID")).as("no session cookie").isNull();
    }

    @Test
    void theApiIsDescribedByOpenApi() {
        var docs = mvc.get().uri("/v3/api-docs").exchange();

        assertThat(docs).hasStatusOk();
        assertThat(docs).bodyJson().hasPath("$.paths['/api/v1/candidates/{id}']")
                .hasPath("$.paths['/api/v1/candidates/{id}/next-of-kin']")
                .hasPath("$.components.securitySchemes.basic");
    }

    private String register(String given, String family, String email) {
        var created = send("POST", "/api/v1/candidates", """
                {"givenName": "%s", "familyName": "%s", "email": "%s", "workType": "TEMPORARY",
                 "street": "Østergade 7", "postcode": "5000", "city": "Odense C"}""".formatted(given, family, email));
        assertThat(created).hasStatus(201);
        String location = created.getMvcResult().getResponse().getHeader("Location");
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private MvcTestResult send(String method, String uri, String json) {
        var request = switch (method) {
            case "POST" -> mvc.post();
            case "PUT" -> mvc.put();
            default -> throw new IllegalArgumentException(method);
        };
        return request.uri(uri).contentType(MediaType.APPLICATION_JSON).content(json).exchange();
    }

    private long persons() {
        return jdbc.sql("SELECT count(*) FROM person").query(Long.class).single();
    }

    private static String unique(String local) {
        return local + "." + UUID.randomUUID().toString().substring(0, 8) + "@example.dk";
    }
}

package dk.tillid.client;

import java.util.UUID;

import dk.tillid.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
@WithMockUser(username = "recruiter-client-api", roles = "RECRUITER")
class ClientApiTest {

    @Autowired
    MockMvcTester mvc;

    @Test
    void aClientAndAJobOrderAreCreatedAndReadBack() {
        String cvr = ClientFixtures.cvr();
        var created = mvc.post().uri("/api/v1/clients").contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"Api Lager ApS\",\"cvr\":\"" + cvr + "\",\"postcode\":\"5000\",\"city\":\"Odense\"}")
                .exchange();
        assertThat(created).hasStatus(201);
        String location = created.getMvcResult().getResponse().getHeader("Location");

        var order = mvc.post().uri(location + "/job-orders").contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"title":"Pakkeri","skills":"pakning, scanner","languages":"da:B1","city":"Odense",
                         "postcode":"5000","start":"2027-01-11","kind":"PERMANENT","positions":1}""")
                .exchange();

        assertThat(order).hasStatus(201);
        assertThat(order).bodyJson().extractingPath("$.skills").asArray().containsExactly("pakning", "scanner");
        assertThat(order).bodyJson().extractingPath("$.languages[0].level").isEqualTo("B1");
        assertThat(order).bodyJson().extractingPath("$.clientName").isEqualTo("Api Lager ApS");
        assertThat(mvc.get().uri(order.getMvcResult().getResponse().getHeader("Location")).exchange()).hasStatusOk();
    }

    @Test
    void aBadBodyIsAProblemThatDoesNotRepeatTheValues() {
        var refused = mvc.post().uri("/api/v1/clients").contentType(MediaType.APPLICATION_JSON)
                .header("Accept-Language", "en")
                .content("{\"name\":\"Hemmelig A/S\",\"cvr\":\"12345679\",\"postcode\":\"12\"}").exchange();

        assertThat(refused).hasStatus(400);
        assertThat(refused).bodyText().contains("CVR", "postcode").doesNotContain("12345679", "Hemmelig");
    }

    @Test
    void closingAClosedOrderIsAConflict() {
        String cvr = ClientFixtures.cvr();
        String location = mvc.post().uri("/api/v1/clients").contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"Konflikt ApS\",\"cvr\":\"" + cvr + "\"}").exchange()
                .getMvcResult().getResponse().getHeader("Location");
        String order = mvc.post().uri(location + "/job-orders").contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\":\"Vikar\",\"start\":\"2027-01-11\",\"kind\":\"TEMPORARY\",\"durationWeeks\":3,\"positions\":1}")
                .exchange().getMvcResult().getResponse().getHeader("Location");

        assertThat(mvc.post().uri(order + "/close").exchange()).as("a form of another site cannot send JSON").hasStatus(415);
        assertThat(mvc.post().uri(order + "/close").contentType(MediaType.APPLICATION_JSON).exchange()).hasStatusOk();
        assertThat(mvc.post().uri(order + "/close").contentType(MediaType.APPLICATION_JSON).exchange()).hasStatus(409);
        assertThat(mvc.get().uri("/api/v1/job-orders/" + UUID.randomUUID()).exchange()).hasStatus(404);
    }

    @Test
    @WithMockUser(username = "payroll-client-api", roles = "PAYROLL")
    void onlyRecruitersUseTheClientApi() {
        assertThat(mvc.get().uri("/api/v1/clients").exchange()).hasStatus(403);
    }
}

package dk.tillid.client;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dk.tillid.IntegrationTest;
import dk.tillid.person.PersonId;
import dk.tillid.person.PersonKind;
import dk.tillid.person.Persons;
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
@WithMockUser(username = "recruiter-clients", roles = "RECRUITER")
class ClientPagesTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Clients clients;

    @Autowired
    JobOrders jobOrders;

    @Autowired
    Persons persons;

    @Autowired
    AuditTrail audit;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aRecruiterAddsAClientWithAContactAnAgreementAndAJobOrder() {
        String cvr = ClientFixtures.cvr();
        var created = post("/clients/new").param("name", "Fjordlager ApS").param("cvr", "DK " + cvr)
                .param("street", "Kajen 4").param("postcode", "9000").param("city", "Aalborg").exchange();
        assertThat(created).hasStatus3xxRedirection();
        String clientPath = created.getMvcResult().getResponse().getRedirectedUrl();
        ClientId client = ClientId.parse(clientPath.substring("/clients/".length()));
        assertThat(clients.get(client).details().cvr()).isEqualTo(cvr);

        assertThat(post(clientPath + "/contacts/new").param("givenName", "Åse").param("familyName", "Kjær")
                .param("email", "ase-" + UUID.randomUUID() + "@fjordlager.example").param("phone", "+45 11 22 33 44")
                .param("position", "Lagerchef").exchange()).hasStatus3xxRedirection();
        assertThat(post(clientPath + "/agreements/new").param("kind", "TEMP_STAFFING").param("title", "Vikaraftale 2027")
                .param("validFrom", "2027-01-01").param("terms", "Timepris efter bilag 1").exchange()).hasStatus3xxRedirection();
        var order = post(clientPath + "/job-orders/new").param("title", "Truckfører").param("skills", "Truck, Lager")
                .param("languages", "da:B2, en:b1").param("city", "Aalborg").param("postcode", "9000")
                .param("start", "2027-01-04").param("durationWeeks", "6").param("kind", "TEMPORARY")
                .param("positions", "2").exchange();
        assertThat(order).hasStatus3xxRedirection();

        var page = mvc.get().uri(clientPath).header("Accept-Language", "da").exchange();
        assertThat(page).hasStatusOk();
        assertThat(page).bodyText().contains("Fjordlager ApS", cvr, "Åse Kjær", "Lagerchef", "Vikaraftale 2027",
                "Vikarudlejning", "Truckfører", "Vikaropgave", "Åben");

        JobOrder placed = jobOrders.ofClient(client).get(0);
        assertThat(placed.skills()).containsExactly("truck", "lager");
        assertThat(placed.languages()).containsExactly(new RequiredLanguage("da", "B2"), new RequiredLanguage("en", "B1"));
        assertThat(placed.durationWeeks()).isEqualTo(6);
        assertThat(placed.positions()).isEqualTo(2);

        BusinessContact contact = clients.contacts(client, PurposeId.ASSIGNMENT).get(0);
        assertThat(persons.get(contact.person(), PurposeId.ASSIGNMENT).kind()).isEqualTo(PersonKind.BUSINESS_CONTACT);
        assertThat(audit.changesOf(contact.person().subject(), 10))
                .anySatisfy(change -> assertThat(change.categories()).contains(Clients.CONTACT_DATA));
    }

    @Test
    void aCvrNumberThatTheRegisterCannotHaveIssuedIsRefusedInPlainWordsAndNothingIsSaved() {
        long before = count();
        String cvr = ClientFixtures.cvr();
        String wrong = cvr.substring(0, 7) + ((cvr.charAt(7) - '0' + 1) % 10);

        var refused = post("/clients/new").param("name", "Forkert CVR A/S").param("cvr", wrong)
                .header("Accept-Language", "da").exchange();

        assertThat(refused).hasStatus(400);
        assertThat(refused).bodyText().contains("Et CVR-nummer har 8 cifre");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void twoClientsCannotShareACvrNumber() {
        String cvr = ClientFixtures.cvr();
        clients.register(new CompanyDetails("Først A/S", cvr, null, null, null));

        var refused = post("/clients/new").param("name", "Sidst A/S").param("cvr", cvr)
                .header("Accept-Language", "en").exchange();

        assertThat(refused).hasStatus(400);
        assertThat(refused).bodyText().contains("Another client already has this CVR number.");
    }

    @Test
    void aTemporaryOrderNeedsWeeksAndAPermanentOneHasNone() {
        ClientId client = ClientFixtures.client(clients, "Regler ApS");

        var noWeeks = post("/clients/" + client.value() + "/job-orders/new").param("title", "Vikar")
                .param("start", "2027-02-01").param("kind", "TEMPORARY").param("positions", "1")
                .header("Accept-Language", "en").exchange();
        var badLanguages = post("/clients/" + client.value() + "/job-orders/new").param("title", "Fast")
                .param("start", "2027-02-01").param("kind", "PERMANENT").param("positions", "1")
                .param("languages", "danish fluently").header("Accept-Language", "en").exchange();

        assertThat(noWeeks).hasStatus(400);
        assertThat(noWeeks).bodyText().contains("A temporary assignment needs a duration in weeks");
        assertThat(badLanguages).hasStatus(400);
        assertThat(badLanguages).bodyText().contains("Write languages as code:level");
        assertThat(jobOrders.ofClient(client)).isEmpty();
    }

    @Test
    void anOrderIsClosedAndReopenedAndOnlyAnOpenOneAppearsInTheOpenList() {
        ClientId client = ClientFixtures.client(clients, "Lukket ApS");
        JobOrderId order = ClientFixtures.temporaryOrder(jobOrders, client, List.of("pakning"), List.of(),
                LocalDate.of(2027, 3, 1));

        assertThat(post("/job-orders/" + order.value() + "/close").exchange()).hasStatus3xxRedirection();
        assertThat(jobOrders.get(order).status()).isEqualTo(JobOrder.Status.CLOSED);
        assertThat(jobOrders.open()).extracting(JobOrder::id).doesNotContain(order);
        assertThat(post("/job-orders/" + order.value() + "/edit").param("title", "Ændret").param("start", "2027-03-01")
                .param("kind", "TEMPORARY").param("durationWeeks", "2").param("positions", "1").exchange()).hasStatus(400);

        assertThat(post("/job-orders/" + order.value() + "/reopen").exchange()).hasStatus3xxRedirection();
        assertThat(jobOrders.open()).extracting(JobOrder::id).contains(order);
    }

    @Test
    void anUnknownOrMalformedIdIsNotFoundOrABadRequestNeverAnError() {
        assertThat(mvc.get().uri("/clients/" + UUID.randomUUID()).exchange()).hasStatus(404);
        assertThat(mvc.get().uri("/job-orders/" + UUID.randomUUID()).exchange()).hasStatus(404);
        assertThat(mvc.get().uri("/job-orders/not-an-id").exchange()).hasStatus(400);
    }

    @Test
    @WithMockUser(username = "payroll-clients", roles = "PAYROLL")
    void payrollStaffDoNotWorkWithClients() {
        assertThat(mvc.get().uri("/clients").exchange()).hasStatus(403);
        assertThat(mvc.get().uri("/job-orders").exchange()).hasStatus(403);
    }

    @Test
    void anEndedContactCannotBeSentDataAnyMore() {
        ClientId client = ClientFixtures.client(clients, "Slut ApS");
        PersonId contact = ClientFixtures.contact(clients, client);

        assertThat(post("/clients/" + client.value() + "/contacts/" + contact.value() + "/end").exchange())
                .hasStatus3xxRedirection();

        assertThat(clients.contact(contact, PurposeId.ASSIGNMENT).active()).isFalse();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> clients.mailTo(contact, PurposeId.ASSIGNMENT))
                .isInstanceOf(IllegalStateException.class);
    }

    private long count() {
        return jdbc.sql("SELECT count(*) FROM client_company").query(Long.class).single();
    }

    private MockMvcRequestBuilder post(String uri) {
        return mvc.post().uri(uri).with(csrf());
    }
}

package dk.tillid.site;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dk.tillid.IntegrationTest;
import dk.tillid.client.ClientFixtures;
import dk.tillid.client.ClientId;
import dk.tillid.client.JobOrder;
import dk.tillid.client.JobOrderDetails;
import dk.tillid.client.JobOrderId;
import dk.tillid.client.JobOrders;
import dk.tillid.client.Clients;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/** The public list of jobs is the open job orders, without the client's name. */
@IntegrationTest
class PublicJobsTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Clients clients;

    @Autowired
    JobOrders jobOrders;

    @Test
    void anOpenOrderIsOnTheListWithoutItsClientAndAClosedOneIsNot() {
        String clientName = "Hemmelig Kunde " + UUID.randomUUID().toString().substring(0, 6);
        ClientId client = ClientFixtures.client(clients, clientName);
        String description = "Natlager " + UUID.randomUUID();
        JobOrderId order = jobOrders.place(client, new JobOrderDetails("Lagermedarbejder", description, List.of("truck"),
                List.of(), "Aarhus", "8000", LocalDate.of(2027, 5, 3), 4, JobOrder.Kind.TEMPORARY, 1));

        var page = mvc.get().uri("/jobs").header("Accept-Language", "da").exchange();
        assertThat(page).hasStatusOk();
        assertThat(page).bodyText().contains("Lagermedarbejder", description, "Vikaropgave").doesNotContain(clientName);

        jobOrders.close(order);
        assertThat(mvc.get().uri("/jobs").exchange()).bodyText().doesNotContain(description);
    }

    @Test
    void theRecruitersPagesAreNotPublic() {
        assertThat(mvc.get().uri("/job-orders").exchange()).hasStatus3xxRedirection().redirectedUrl().isEqualTo("/login");
    }
}

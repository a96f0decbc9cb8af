package dk.tillid.bench;

import dk.tillid.policy.PurposeId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import dk.tillid.IntegrationTest;
import dk.tillid.demo.DanishPeople;
import dk.tillid.person.ContactEvent;
import dk.tillid.person.NewPerson;
import dk.tillid.person.PersonId;
import dk.tillid.person.PersonKind;
import dk.tillid.person.Persons;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * T1's figures: registering and finding people through the module API on the embedded
 * PostgreSQL, paging through them, and serving the privacy notice. Run with
 * {@code ./mvnw -Pbench verify [-Dbench.scale=N]}.
 */
@IntegrationTest
class FoundationBenchmark {

    @Autowired
    Persons persons;

    @Autowired
    MockMvcTester mvc;

    @Test
    void foundation() {
        int scale = BenchmarkTable.scale(20_000);
        BenchmarkTable table = new BenchmarkTable("Foundation, " + scale + " generated people");
        DanishPeople people = new DanishPeople(42);
        List<NewPerson> generated = new ArrayList<>(scale);
        for (int i = 0; i < scale; i++) {
            generated.add(people.next(i % 10 == 9 ? PersonKind.BUSINESS_CONTACT : PersonKind.CANDIDATE));
        }
        List<PersonId> ids = new ArrayList<>(scale);

        table.measure("register a person (1 transaction each)", scale, i -> ids.add(persons.register(generated.get(i), PurposeId.SUITABILITY)));
        Random random = new Random(7);
        int lookups = Math.min(scale, 10_000);
        table.measure("find a person by id", lookups, i -> persons.get(ids.get(random.nextInt(ids.size())), PurposeId.SUITABILITY));
        table.measure("record a contact", lookups, i -> persons.recordContact(ids.get(random.nextInt(ids.size())), ContactEvent.Kind.CALL, null, PurposeId.SUITABILITY));
        table.measure("list page 1 of 50, name order", 500, i -> persons.list(0, 50, PurposeId.SUITABILITY));
        int lastPage = Math.max(0, scale / 50 - 1);
        table.measure("list last page of 50 (deep offset)", 200, i -> persons.list(lastPage, 50, PurposeId.SUITABILITY));
        table.measure("load and validate the policy file", 200,
                i -> dk.tillid.policy.PolicyBenchmarkAccess.load(new ClassPathResource("policy/tillid-policy.yaml")));
        table.measure("GET /privacy (rendered, Danish)", 500,
                i -> assertThat(mvc.get().uri("/privacy").header("Accept-Language", "da").exchange()).hasStatusOk());
        table.print();

        assertThat(persons.count()).isGreaterThanOrEqualTo(scale);
    }
}

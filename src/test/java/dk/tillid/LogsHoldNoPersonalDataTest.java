package dk.tillid;

import dk.tillid.policy.PurposeId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dk.tillid.demo.DanishPeople;
import dk.tillid.person.NewPerson;
import dk.tillid.person.PersonKind;
import dk.tillid.person.Persons;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Neither the application's logs nor its database errors repeat the personal data they handled. */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class LogsHoldNoPersonalDataTest {

    @Autowired
    Persons persons;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvcTester mvc;

    @Test
    void registeringAndReadingPeopleLogsNoneOfTheirData(CapturedOutput output) {
        DanishPeople people = new DanishPeople(UUID.randomUUID().getMostSignificantBits());
        List<String> values = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            NewPerson person = people.next(PersonKind.CANDIDATE);
            persons.get(persons.register(person, PurposeId.SUITABILITY), PurposeId.SUITABILITY);
            values.add(person.contact().email());
            values.add(person.contact().phone());
            values.add(person.name().fullName());
        }
        mvc.get().uri("/privacy").exchange();

        assertThat(output.getAll()).doesNotContain(values);
    }

    @Test
    void aDatabaseErrorDoesNotRepeatTheRowItRefused(CapturedOutput output) {
        String name = "Ærtebjørg-" + UUID.randomUUID();

        DataIntegrityViolationException refused = catchThrowableOfType(DataIntegrityViolationException.class, () ->
                jdbc.sql("""
                        INSERT INTO person (id, kind, given_name, family_name, registered_at, last_contact_at)
                        VALUES (gen_random_uuid(), 'NOT-A-KIND', :name, 'Hansen', now(), now())""")
                        .param("name", name).update());

        assertThat(refused).as("PostgreSQL refuses the row").isNotNull();
        assertThat(refused.getMessage()).contains("person_kind_check").doesNotContain(name);
        assertThat(output.getAll()).doesNotContain(name);
    }
}

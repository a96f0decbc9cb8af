package dk.tillid.demo;

import dk.tillid.policy.PurposeId;
import dk.tillid.IntegrationTest;
import dk.tillid.person.PersonKind;
import dk.tillid.person.Persons;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
@Transactional
class DemoDataTest {

    @Autowired
    DemoData demo;

    @Autowired
    Persons persons;

    @Autowired
    JdbcClient jdbc;

    @Test
    void fillsAnEmptyDatabaseWithTheRequestedNumberOfPeople() {
        noOneRegistered();

        demo.run(new DefaultApplicationArguments("--demo=40"));

        assertThat(persons.count()).isEqualTo(40);
        assertThat(persons.list(0, 40, PurposeId.SUITABILITY)).extracting(person -> person.kind())
                .contains(PersonKind.CANDIDATE, PersonKind.EMPLOYEE, PersonKind.BUSINESS_CONTACT);
        assertThat(count("SELECT count(*) FROM candidate WHERE email_confirmed_at IS NOT NULL")).isPositive();
        assertThat(count("SELECT count(*) FROM employment")).isPositive();
        assertThat(count("SELECT count(*) FROM job_order WHERE status = 'OPEN'")).isPositive();
        assertThat(count("SELECT count(*) FROM client_contact")).isEqualTo(4);
    }

    @Test
    void leavesADatabaseThatHoldsPeopleAlone() {
        noOneRegistered();
        demo.run(new DefaultApplicationArguments("--demo=5"));

        demo.run(new DefaultApplicationArguments("--demo=5"));

        assertThat(persons.count()).isEqualTo(5);
    }

    @Test
    void doesNothingWithoutTheOption() {
        noOneRegistered();

        demo.run(new DefaultApplicationArguments("--server.port=0"));

        assertThat(persons.count()).isZero();
    }

    @Test
    void aNonsenseCountIsRefusedWithAPlainMessage() {
        assertThatThrownBy(() -> demo.run(new DefaultApplicationArguments("--demo=many")))
                .hasMessage("--demo takes a number of people from 1 to 1000000, e.g. --demo=500");
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    /** Within this test's transaction (rolled back): everyone other tests registered, and what hangs on them. */
    private void noOneRegistered() {
        for (String table : new String[] {"portal_sign_in", "portal_email_change", "placement", "processing_restriction", "job_order_language", "job_order",
                "client_agreement", "document", "candidate_language", "candidate", "contact_event",
                "timesheet_line", "employment", "cpr_number", "absence", "screening_result", "criminal_record_disclosure_consent",
                "criminal_record", "employee_file", "client_contact", "client_company", "person"}) {
            jdbc.sql("DELETE FROM " + table).update();
        }
    }
}

package dk.tillid.employment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import dk.tillid.IntegrationTest;
import dk.tillid.MutableClock;
import dk.tillid.person.PersonId;
import dk.tillid.person.Persons;
import dk.tillid.policy.PurposeId;
import dk.tillid.privacy.audit.AuditTrail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static dk.tillid.employment.EmployeeFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** The employee's page says which rule keeps each category and through which day (T6, item 2). */
@IntegrationTest
class EmployeeRetentionPageTest {

    @Autowired Persons persons;
    @Autowired Employments employments;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvcTester mvc;
    @Autowired MutableClock clock;
    @Autowired AuditTrail audit;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void payrollDataIsKeptFiveFiscalYearsAfterTheLastEmploymentAndThePageSaysSo() throws Exception {
        clock.set(Instant.parse("2026-11-29T10:00:00Z"));
        PersonId person = formerEmployee(LocalDate.of(2021, 3, 10));

        String page = mvc.get().uri("/employees/" + person.value() + "?lang=en").with(user("p").roles("PAYROLL")).exchange()
                .getResponse().getContentAsString();

        assertThat(page).contains("id=\"retention\"", "Personnel, payroll and absence", "P-RET-2",
                "If you work or have worked for us, your data is kept for five fiscal years after your latest employment date.",
                "Kept through 2026-12-31, deleted the day after (2027-01-01)");
        assertThat(row(page, "P-DATA-9")).contains("data-rule=\"P-RET-2\"", "2026-12-31");
        assertThat(page).as("the candidate's six months no longer apply").doesNotContain("P-RET-1");
        assertThat(mvc.get().uri("/employees/" + person.value()).with(user("p").roles("PAYROLL")).exchange()
                .getResponse().getContentAsString()).as("Danish by default")
                .contains("Gemmes til og med 2026-12-31, slettes dagen efter (2027-01-01)");
        audit.flush();
        assertThat(auditLinesAbout(person)).as("reading the dates is recorded under the page's purpose")
                .anyMatch(line -> line.contains("READ") && line.contains(PurposeId.EMPLOYMENT.value())
                        && line.contains("P-DATA-REL"));
    }

    @Test
    void screeningAloneSeesNoDatesThatWouldTellWhenTheEmploymentEnded() throws Exception {
        clock.set(Instant.parse("2026-11-29T10:00:00Z"));
        PersonId person = formerEmployee(LocalDate.of(2021, 3, 10));

        var page = mvc.get().uri("/employees/" + person.value() + "?lang=en").with(user("s").roles("SCREENING")).exchange();

        assertThat(page).hasStatusOk();
        assertThat(page.getResponse().getContentAsString()).doesNotContain("id=\"retention\"", "2026-12-31");
    }

    private PersonId formerEmployee(LocalDate lastDay) {
        var fixtures = new EmployeeFixtures(persons, employments, jdbc);
        var hired = as(() -> fixtures.hired("Rasmus", "Pakker", LocalDate.of(2020, 5, 1)), "RECRUITER");
        as(() -> employments.end(hired.employment(), lastDay, PurposeId.EMPLOYMENT), "RECRUITER");
        return hired.person();
    }

    private static String row(String page, String category) {
        int start = page.indexOf("data-category=\"" + category + "\"");
        assertThat(start).as("a row for " + category).isNotNegative();
        return page.substring(start, page.indexOf("</tr>", start));
    }

    private List<String> auditLinesAbout(PersonId person) {
        return jdbc.sql("SELECT convert_from(entries, 'UTF8') FROM audit_block WHERE subjects @> ARRAY[CAST(:id AS uuid)]")
                .param("id", person.value().toString()).query(String.class).list().stream()
                .flatMap(String::lines).filter(line -> line.contains(person.value().toString())).toList();
    }
}

package dk.tillid.employment;

import java.time.LocalDate;

import dk.tillid.IntegrationTest;
import dk.tillid.person.Persons;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static dk.tillid.employment.EmployeeFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** The employee list, the forms of the file page and the payroll page, in Danish and English. */
@IntegrationTest
class EmployeePagesTest {

    @Autowired Persons persons;
    @Autowired Employments employments;
    @Autowired EmployeeFiles files;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvcTester mvc;

    @Test
    void theListShowsEmployeesAndPermitWarningsToRecruiters() throws Exception {
        var fixtures = new EmployeeFixtures(persons, employments, jdbc);
        var hired = as(() -> fixtures.hired("Xenia", "Lager", LocalDate.now().minusDays(3)), "RECRUITER");
        as(() -> files.setPermit(hired.person(), "Beløbsordningen", LocalDate.now().plusDays(10)), "RECRUITER");

        var page = mvc.get().uri("/employees?lang=da").with(user("r").roles("RECRUITER")).exchange();

        assertThat(page).hasStatusOk();
        assertThat(page.getResponse().getContentAsString()).contains("id=\"permit-warnings\"", "Beløbsordningen", "Medarbejdere");
        var screening = mvc.get().uri("/employees?lang=en").with(user("s").roles("SCREENING")).exchange();
        assertThat(screening).hasStatusOk();
        assertThat(screening.getResponse().getContentAsString()).doesNotContain("permit-warnings", "Beløbsordningen")
                .contains("Employees");
        assertThat(mvc.get().uri("/employees").with(user("a").roles("ADMIN")).exchange()).hasStatus(403);
    }

    @Test
    void aRefusedFormComesBackWithAPlainMessageAndNoValue() throws Exception {
        var fixtures = new EmployeeFixtures(persons, employments, jdbc);
        var hired = as(() -> fixtures.hired("Yngve", "Lager", LocalDate.now().minusDays(3)), "RECRUITER");
        String file = "/employees/" + hired.person().value();

        var posted = mvc.post().uri(file + "/cpr").with(user("p").roles("PAYROLL")).with(csrf()).param("cpr", "300280-1234").exchange();
        assertThat(posted).hasStatus3xxRedirection().hasRedirectedUrl(file);
        var shown = mvc.get().uri(file + "?lang=en").with(user("p").roles("PAYROLL"))
                .with(dk.tillid.Flash.attribute("refused", "employment.cpr.date")).exchange();
        assertThat(shown.getResponse().getContentAsString())
                .contains("The first six digits of a CPR number must be a real date of birth.").doesNotContain("300280");
        assertThat(mvc.post().uri(file + "/criminal-record").with(user("r").roles("RECRUITER")).with(csrf())
                .param("text", "x").param("issuedOn", LocalDate.now().toString()).exchange()).hasStatus(403);
        assertThat(mvc.post().uri(file + "/bank-account").with(user("p").roles("PAYROLL")).with(csrf())
                .param("registration", "1234").param("account", "12345").exchange()).hasStatus3xxRedirection();
        assertThat(new String(fixtures.rawBytes("employee_file", "bank_account", hired.person()),
                java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("12345");
    }

    @Test
    void thePayrollPageOffersTheProvidersFromTheRegister() throws Exception {
        var fixtures = new EmployeeFixtures(persons, employments, jdbc);
        fixtures.payrollProvider("P-DATA-1", "P-DATA-7", "P-DATA-9");

        var page = mvc.get().uri("/payroll?lang=da").with(user("p").roles("PAYROLL")).exchange();

        assertThat(page).hasStatusOk();
        assertThat(page.getResponse().getContentAsString()).contains("Lønbureau ", "name=\"provider\"");
    }
}

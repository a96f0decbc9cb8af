package dk.tillid.employment;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

import dk.tillid.IntegrationTest;
import dk.tillid.person.Persons;
import dk.tillid.policy.PurposeId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static dk.tillid.employment.EmployeeFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** The payroll file: hours × pay per employee, recorded as disclosed to the provider before it is handed out. */
@IntegrationTest
class PayrollExportTest {

    @Autowired Persons persons;
    @Autowired Employments employments;
    @Autowired EmployeeFiles files;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvcTester mvc;

    EmployeeFixtures fixtures;
    LocalDate month;

    @BeforeEach
    void setUp() {
        fixtures = new EmployeeFixtures(persons, employments, jdbc);
        month = LocalDate.of(2001 + (int) (Math.random() * 20), 1 + (int) (Math.random() * 12), 1);
    }

    EmployeeFixtures.Hired worked(String name, String title, String hours) {
        var hired = as(() -> fixtures.hired(name, title, month), "RECRUITER");
        as(() -> employments.recordHours(hired.employment(), UUID.randomUUID(), month.plusDays(2), new BigDecimal(hours),
                PurposeId.EMPLOYMENT), "RECRUITER");
        return hired;
    }

    long disclosures(EmployeeFixtures.Hired hired, String recipientName) {
        return jdbc.sql("""
                        SELECT count(*) FROM disclosure WHERE subject_id = :s AND recipient = 'P-REC-2' AND purpose = 'P-PUR-4'
                          AND legal_basis = 'ART6-1-B' AND recipient_name = :name AND status = 'DELIVERED'""")
                .param("s", hired.person().value()).param("name", recipientName).query(Long.class).single();
    }

    @Test
    void theCsvHoldsHoursPayCprAndBankAndEveryEmployeeIsRecordedAsDisclosedToTheProvider() {
        var paid = worked("Søren", "=SUM(A1:A9)", "7.5");
        var other = worked("Tove", "@Lager", "8");
        as(() -> files.enterCpr(paid.person(), "010190-4322"), "PAYROLL");
        as(() -> files.setBankAccount(paid.person(), "1234", "567890"), "PAYROLL");
        UUID provider = fixtures.payrollProvider("P-DATA-1", "P-DATA-7", "P-DATA-9");
        String providerName = jdbc.sql("SELECT name FROM processor WHERE id = :id").param("id", provider).query(String.class).single();

        var download = mvc.post().uri("/payroll").with(user("payroll").roles("PAYROLL")).with(csrf())
                .param("from", month.toString()).param("to", month.plusMonths(1).minusDays(1).toString())
                .param("provider", provider.toString()).param("format", "CSV").exchange();

        assertThat(download).hasStatusOk();
        assertThat(download).hasHeader("Cache-Control", "no-store");
        assertThat(download).headers().hasValue("Content-Disposition",
                "attachment; filename=\"payroll-" + month + "-" + month.plusMonths(1).minusDays(1) + ".csv\"");
        String csv = new String(download.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(csv).contains("\"Søren Østergaard\",\"010190-4322\",\"1234-0000567890\"")
                .contains("\"'=SUM(A1:A9)\",\"7.50\",\"185.50\",\"1391.25\"")
                .contains("\"'@Lager\",\"8.00\",\"185.50\",\"1484.00\"");
        assertThat(disclosures(paid, providerName)).isEqualTo(1);
        assertThat(disclosures(other, providerName)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT categories::text FROM disclosure WHERE subject_id = :s AND recipient_name = :n")
                .param("s", paid.person().value()).param("n", providerName).query(String.class).single())
                .isEqualTo("{P-DATA-1,P-DATA-7,P-DATA-9}");
    }

    @Test
    void theJsonFileThroughTheApi() {
        var paid = worked("Ulla", "Pakker", "6");
        UUID provider = fixtures.payrollProvider("P-DATA-1", "P-DATA-7", "P-DATA-9");

        var json = mvc.post().uri("/api/v1/payroll/export").with(user("payroll-api").roles("PAYROLL"))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"from": "%s", "to": "%s", "provider": "%s", "format": "JSON"}"""
                        .formatted(month, month.plusDays(27), provider)).exchange();

        assertThat(json).hasStatusOk();
        assertThat(json).hasHeader("Cache-Control", "no-store");
        assertThat(json).bodyJson().extractingPath("$.lines[?(@.title == 'Pakker' && @.name == 'Ulla Østergaard')].pay")
                .asArray().singleElement()
                .satisfies(pay -> assertThat(new BigDecimal(pay.toString())).isEqualByComparingTo("1113"));
        assertThat(paid).isNotNull();
    }

    @Test
    void aProviderNotRegisteredForWhatLeavesIsRefusedAndNothingIsRecorded() {
        var paid = worked("Vagn", "Smed", "5");
        as(() -> files.enterCpr(paid.person(), "010190-4322"), "PAYROLL");
        UUID provider = fixtures.payrollProvider("P-DATA-1", "P-DATA-9");

        var refused = mvc.post().uri("/api/v1/payroll/export").with(user("payroll-api").roles("PAYROLL"))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"from": "%s", "to": "%s", "provider": "%s", "format": "CSV"}""".formatted(month, month.plusDays(27), provider))
                .exchange();

        assertThat(refused).hasStatus(400);
        assertThat(refused).bodyJson().extractingPath("$.code").isEqualTo("employment.payroll.providerCategories");
        assertThat(jdbc.sql("SELECT count(*) FROM disclosure WHERE subject_id = :s").param("s", paid.person().value())
                .query(Long.class).single()).isZero();
    }

    @Test
    void onlyPayrollStaffMayExport() {
        UUID provider = fixtures.payrollProvider("P-DATA-1", "P-DATA-7", "P-DATA-9");
        for (String role : new String[] {"RECRUITER", "SCREENING", "ADMIN", "DPO"}) {
            assertThat(mvc.post().uri("/api/v1/payroll/export").with(user("x").roles(role)).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"from\": \"%s\", \"to\": \"%s\", \"provider\": \"%s\"}".formatted(month, month, provider))
                    .exchange()).hasStatus(403);
            assertThat(mvc.get().uri("/payroll").with(user("x").roles(role)).exchange()).hasStatus(403);
        }
    }
}

package dk.tillid.employment;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.time.LocalDate;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dk.tillid.IntegrationTest;
import dk.tillid.person.Persons;
import dk.tillid.privacy.consent.ConsentChannel;
import dk.tillid.privacy.requests.PortabilityExports;
import dk.tillid.privacy.requests.ZipContents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static dk.tillid.employment.EmployeeFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

/** What an employee gave (CPR number, bank account, ID, absences, a criminal record extract) ports; the agency's records do not. */
@IntegrationTest
class EmployeePortabilityTest {

    @Autowired Persons persons;
    @Autowired Employments employments;
    @Autowired EmployeeFiles files;
    @Autowired Absences absences;
    @Autowired CriminalRecords criminalRecords;
    @Autowired PortabilityExports portability;
    @Autowired JdbcClient jdbc;
    @Autowired JsonMapper json;

    EmployeeFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new EmployeeFixtures(persons, employments, jdbc);
    }

    @Test
    void theEmployeeFileTheyGaveIsInTheExtensionAndFollowsTheSchema() throws Exception {
        var hired = as(() -> fixtures.hired("Ulla", "Svejser", LocalDate.now().minusDays(30)), "RECRUITER");
        var person = hired.person();
        as(() -> files.enterCpr(person, "010190-4322"), "PAYROLL");
        as(() -> files.setBankAccount(person, "1234", "1"), "PAYROLL");
        as(() -> files.setNationality(person, "PL"), "RECRUITER");
        as(() -> files.setIdDocument(person, EmployeeFiles.IdDocumentType.PASSPORT, "EK1234567", LocalDate.of(2031, 5, 1)), "RECRUITER");
        as(() -> files.setPermit(person, "Arbejdstilladelse", LocalDate.of(2028, 2, 29)), "RECRUITER");
        as(() -> absences.recordEmploymentLawBasis(person, null), "PAYROLL");
        as(() -> absences.add(person, LocalDate.of(2026, 10, 5), LocalDate.of(2026, 10, 7), Absences.Type.SICKNESS, "Influenza"), "PAYROLL");
        as(() -> criminalRecords.giveConsent(person, ConsentChannel.IN_PERSON), "SCREENING");
        as(() -> criminalRecords.store(person, "Ingen anmærkninger", LocalDate.of(2026, 9, 1)), "SCREENING");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        as(() -> {
            try {
                portability.zip(person.subject()).writeTo(out);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, "DPO");
        ZipContents zip = ZipContents.of(out.toByteArray());
        JsonNode export = json.readTree(zip.text("portability.json"));

        assertThat(schema().validate(export)).isEmpty();
        JsonNode employee = export.at("/x-tillid/employee");
        assertThat(employee.at("/cprNumbers/0/number").asString()).isEqualTo("010190-4322");
        assertThat(employee.get("bankAccount").asString()).isEqualTo("1234-0000000001");
        assertThat(employee.get("nationality").asString()).isEqualTo("PL");
        assertThat(employee.at("/idDocument/number").asString()).isEqualTo("EK1234567");
        assertThat(employee.at("/workPermit/expiry").asString()).isEqualTo("2028-02-29");
        assertThat(employee.at("/absences/0/type").asString()).isEqualTo("SICKNESS");
        assertThat(employee.at("/absenceHealthReasons/0/reason").asString()).isEqualTo("Influenza");
        assertThat(employee.at("/criminalRecordExtract/text").asString()).isEqualTo("Ingen anmærkninger");
        assertThat(zip.text("csv/cpr-numbers.csv")).contains("\"010190-4322\"");
        assertThat(zip.text("csv/employee.csv")).contains("\"EK1234567\"", "\"PL\"");
        assertThat(zip.text("portability.json")).as("the agency's own records are not the person's to port")
                .doesNotContain("employeeNumber", "Svejser", "hourlyPay");
    }

    private Schema schema() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/static/schemas/tillid-portability-1.schema.json")) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in);
        }
    }
}

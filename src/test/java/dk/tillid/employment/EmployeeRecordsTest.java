package dk.tillid.employment;

import java.time.LocalDate;
import java.util.List;

import dk.tillid.IntegrationTest;
import dk.tillid.MutableClock;
import dk.tillid.person.Persons;
import dk.tillid.privacy.spi.ErasurePlan;
import dk.tillid.privacy.spi.ErasureReport;
import dk.tillid.privacy.spi.PersonalDataItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static dk.tillid.employment.EmployeeFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Disclosures to authorities, work-permit warnings, and the personal-data provider (export, erasure by plan). */
@IntegrationTest
class EmployeeRecordsTest {

    @Autowired Persons persons;
    @Autowired Employments employments;
    @Autowired EmployeeFiles files;
    @Autowired AuthorityDisclosures disclosures;
    @Autowired PermitWarnings permits;
    @Autowired EmploymentPersonalData personalData;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;
    @Autowired MutableClock clock;

    EmployeeFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new EmployeeFixtures(persons, employments, jdbc);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void theOptionsComeFromThePolicyAndADisclosureIsRecordedWithTheStaffChannel() {
        assertThat(disclosures.options()).anySatisfy(o -> {
            assertThat(o.recipient()).isEqualTo("P-REC-5");
            assertThat(o.purpose()).isEqualTo("P-PUR-4");
            assertThat(o.legalBases()).containsExactly("ART6-1-B", "ART6-1-C");
            assertThat(o.categories()).contains("P-DATA-9").doesNotContain("P-DATA-8", "P-DATA-5");
        });
        // Employers' associations (P-REC-6) rest on legitimate interest only: that is the one basis offered.
        assertThat(disclosures.options()).anySatisfy(o -> {
            assertThat(o.recipient()).isEqualTo("P-REC-6");
            assertThat(o.legalBases()).containsExactly("ART6-1-F");
        });
        assertThat(disclosures.options()).allSatisfy(o -> assertThat(o.legalBases()).isNotEmpty());
    }

    @Test
    void aDisclosureToAPensionCompanyIsRecordedAndAWrongBasisIsRefused() {
        var hired = as(() -> fixtures.hired("Yrsa", "Smed", LocalDate.now().minusDays(9)), "RECRUITER");

        as(() -> disclosures.record(hired.person(), "P-REC-5", "PFA Pension", "P-PUR-4", "ART6-1-C", List.of("P-DATA-9")), "PAYROLL");

        assertThat(jdbc.sql("SELECT channel FROM disclosure WHERE subject_id = :s AND recipient = 'P-REC-5' AND status = 'DELIVERED'")
                .param("s", hired.person().value()).query(String.class).single()).isEqualTo("recorded by staff (sent outside Tillid)");
        assertThatThrownBy(() -> as(() -> disclosures.record(hired.person(), "P-REC-4", "Skattestyrelsen", "P-PUR-10", "ART6-1-F",
                List.of("P-DATA-9")), "PAYROLL")).hasFieldOrPropertyWithValue("key", "employment.refused.disclosure.basis");
        assertThatThrownBy(() -> as(() -> disclosures.record(hired.person(), "P-REC-4", "Skattestyrelsen", "P-PUR-10", "ART6-1-C",
                List.of("P-DATA-8")), "PAYROLL")).hasFieldOrPropertyWithValue("key", "employment.disclosure.categories");
        assertThatThrownBy(() -> as(() -> disclosures.record(hired.person(), "P-REC-4", "Skattestyrelsen", "P-PUR-10", "ART6-1-C",
                List.of("P-DATA-7")), "RECRUITER")).hasFieldOrPropertyWithValue("key", "employment.disclosure.protected");
    }

    @Test
    void permitsExpiringWithinSixtyDaysAreWarnedAboutByTheOneClock() {
        var soon = as(() -> fixtures.hired("Åge", "Tømrer", LocalDate.now().minusDays(9)), "RECRUITER");
        var later = as(() -> fixtures.hired("Æbbe", "Tømrer", LocalDate.now().minusDays(9)), "RECRUITER");
        LocalDate today = LocalDate.now();
        as(() -> files.setPermit(soon.person(), "Fast track", today.plusDays(60)), "RECRUITER");
        as(() -> files.setPermit(later.person(), "Fast track", today.plusDays(61)), "RECRUITER");

        var warned = as(() -> permits.current(), "RECRUITER").stream().map(PermitWarnings.Warning::person).toList();
        assertThat(warned).contains(soon.person()).doesNotContain(later.person());

        clock.set(java.time.Instant.now().plus(java.time.Duration.ofDays(2)));
        assertThat(as(() -> permits.current(), "RECRUITER").stream().map(PermitWarnings.Warning::person).toList())
                .contains(soon.person(), later.person());
        assertThat(as(() -> permits.current(), "PAYROLL")).as("payroll does not see permits").isEmpty();
    }

    @Test
    void exportHoldsEverythingAndErasureKeepsWhatThePlanKeeps() {
        var hired = as(() -> fixtures.hired("Zenia", "Kok", LocalDate.now().minusDays(9)), "RECRUITER");
        as(() -> files.enterCpr(hired.person(), "010190-4322"), "PAYROLL");
        as(() -> files.setBankAccount(hired.person(), "1234", "1"), "PAYROLL");

        List<PersonalDataItem> items = personalData.export(hired.person().subject());
        assertThat(items).anySatisfy(i -> assertThat(i.field()).isEqualTo("cprNumber"))
                .anySatisfy(i -> assertThat(i.value()).isEqualTo("1234-0000000001"));

        ErasureReport report = transactions.execute(status -> personalData.erase(hired.person().subject(),
                ErasurePlan.deleteEverything().keep("P-DATA-9", "Bookkeeping Act", LocalDate.now().plusYears(5))));

        assertThat(report.kept()).extracting(ErasureReport.Kept::category).containsExactly("P-DATA-9");
        assertThat(report.deleted()).contains("P-DATA-7");
        assertThat(fixtures.count("cpr_number", hired.person())).isZero();
        assertThat(fixtures.count("employment", hired.person())).isEqualTo(1);
        assertThat(fixtures.rawBytes("employee_file", "bank_account", hired.person())).isNotNull();

        ErasureReport all = transactions.execute(status -> personalData.erase(hired.person().subject(), ErasurePlan.deleteEverything()));
        assertThat(all.kept()).isEmpty();
        assertThat(fixtures.count("employee_file", hired.person())).isZero();
        assertThat(fixtures.count("employment", hired.person())).isZero();
    }
}

package dk.tillid.employment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import dk.tillid.IntegrationTest;
import dk.tillid.person.PersonId;
import dk.tillid.person.Persons;
import dk.tillid.policy.PurposeId;
import dk.tillid.privacy.consent.ConsentChannel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static dk.tillid.employment.EmployeeFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The field-level access matrix (ASVS 8.2.3), role × field, against both the page and the JSON API.
 * The expected matrix is written out here on its own, so a change in FieldAccess must change it too.
 */
@IntegrationTest
class FieldAccessMatrixTest {

    enum Expect { VISIBLE, MASKED, REFUSED, FORBIDDEN }

    static final String[] ROLES = {"ADMIN", "DPO", "RECRUITER", "PAYROLL", "SCREENING"};

    /** field → expected access for RECRUITER, PAYROLL, SCREENING (ADMIN and DPO: the whole file is forbidden). */
    static final Map<String, Expect[]> MATRIX = Map.of(
            "cpr", new Expect[] {Expect.MASKED, Expect.VISIBLE, Expect.REFUSED},
            "nationality", new Expect[] {Expect.VISIBLE, Expect.VISIBLE, Expect.REFUSED},
            "idDocument", new Expect[] {Expect.VISIBLE, Expect.REFUSED, Expect.REFUSED},
            "workPermit", new Expect[] {Expect.VISIBLE, Expect.REFUSED, Expect.REFUSED},
            "bankAccount", new Expect[] {Expect.REFUSED, Expect.VISIBLE, Expect.REFUSED},
            "absence", new Expect[] {Expect.VISIBLE, Expect.VISIBLE, Expect.REFUSED},
            "healthReason", new Expect[] {Expect.REFUSED, Expect.VISIBLE, Expect.REFUSED},
            "timesheets", new Expect[] {Expect.VISIBLE, Expect.VISIBLE, Expect.REFUSED},
            "screening", new Expect[] {Expect.VISIBLE, Expect.REFUSED, Expect.VISIBLE},
            "criminalRecord", new Expect[] {Expect.REFUSED, Expect.REFUSED, Expect.VISIBLE});

    /** A value of each field that can only come from that field (null: checked by access alone). */
    static final Map<String, String> SECRET = Map.of(
            "cpr", "010190-4322", "idDocument", "PX7788123", "workPermit", "Positivlisten-4711",
            "bankAccount", "9876-0000123456", "healthReason", "Diskusprolaps-9931", "screening", "Screening-OK-5521",
            "criminalRecord", "Attest-uden-anmaerkninger-8842", "timesheets", "7.25");

    static volatile PersonId employee;

    @Autowired Persons persons;
    @Autowired Employments employments;
    @Autowired EmployeeFiles files;
    @Autowired Absences absences;
    @Autowired Screenings screenings;
    @Autowired CriminalRecords criminalRecords;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvcTester mvc;

    @BeforeEach
    synchronized void oneFullEmployeeFile() {
        if (employee != null) {
            return;
        }
        EmployeeFixtures fixtures = new EmployeeFixtures(persons, employments, jdbc);
        LocalDate day = LocalDate.now().minusDays(5);
        var hired = as(() -> fixtures.hired("Matrix", "Operatør", day.minusDays(5)), "RECRUITER");
        PersonId id = hired.person();
        as(() -> {
            files.enterCpr(id, "0101904322");
            files.setNationality(id, "IS");
            files.setIdDocument(id, EmployeeFiles.IdDocumentType.PASSPORT, "PX7788123", day.plusYears(5));
            files.setPermit(id, "Positivlisten-4711", day.plusDays(20));
            employments.recordHours(hired.employment(), UUID.randomUUID(), day, new BigDecimal("7.25"), PurposeId.EMPLOYMENT);
        }, "RECRUITER");
        as(() -> {
            files.setBankAccount(id, "9876", "123456");
            absences.recordEmploymentLawBasis(id, null);
            absences.add(id, day, day, Absences.Type.SICKNESS, "Diskusprolaps-9931");
        }, "PAYROLL");
        as(() -> {
            screenings.add(id, "Kunde A/S", "Referencetjek", "Screening-OK-5521", day);
            criminalRecords.giveConsent(id, ConsentChannel.IN_PERSON);
            criminalRecords.store(id, "Attest-uden-anmaerkninger-8842", day);
        }, "SCREENING");
        employee = id;
    }

    static Stream<Arguments> roleAndField() {
        List<Arguments> cases = new ArrayList<>();
        for (String role : ROLES) {
            for (String field : MATRIX.keySet().stream().sorted().toList()) {
                cases.add(Arguments.of(role, field, expected(role, field)));
            }
        }
        return cases.stream();
    }

    static Expect expected(String role, String field) {
        return switch (role) {
            case "RECRUITER" -> MATRIX.get(field)[0];
            case "PAYROLL" -> MATRIX.get(field)[1];
            case "SCREENING" -> MATRIX.get(field)[2];
            default -> Expect.FORBIDDEN;
        };
    }

    @ParameterizedTest(name = "page: {0} × {1} → {2}")
    @MethodSource("roleAndField")
    void thePageShowsEachFieldAsTheMatrixSays(String role, String field, Expect expect) throws Exception {
        MvcTestResult page = mvc.get().uri("/employees/" + employee.value()).with(user("m-" + role).roles(role)).exchange();

        if (expect == Expect.FORBIDDEN) {
            assertThat(page).hasStatus(403);
            return;
        }
        assertThat(page).hasStatusOk();
        String html = page.getResponse().getContentAsString();
        String secret = SECRET.get(field);
        switch (expect) {
            case VISIBLE -> {
                assertThat(html).contains("data-field=\"" + field + "\" data-access=\"VISIBLE\"");
                if (secret != null) {
                    assertThat(html).contains(secret);
                }
            }
            case MASKED -> {
                assertThat(html).contains("data-field=\"" + field + "\" data-access=\"MASKED\"");
                assertThat(html).contains("010190-XXXX").doesNotContain(secret);
            }
            default -> {
                assertThat(html).doesNotContain("data-field=\"" + field + "\" data-access=\"VISIBLE\"")
                        .doesNotContain("data-field=\"" + field + "\" data-access=\"MASKED\"");
                if (secret != null && !field.equals("timesheets")) {
                    assertThat(html).doesNotContain(secret);
                }
                if (field.equals("cpr")) {
                    assertThat(html).doesNotContain("010190");
                }
            }
        }
    }

    @ParameterizedTest(name = "api: {0} × {1} → {2}")
    @MethodSource("roleAndField")
    void theApiGivesEachFieldAsTheMatrixSays(String role, String field, Expect expect) throws Exception {
        MvcTestResult json = mvc.get().uri("/api/v1/employees/" + employee.value()).with(user("m-" + role).roles(role)).exchange();

        if (expect == Expect.FORBIDDEN) {
            assertThat(json).hasStatus(403);
            return;
        }
        assertThat(json).hasStatusOk();
        assertThat(json).bodyJson().extractingPath("$.fields." + field + ".access").isEqualTo(expect.name());
        String body = json.getResponse().getContentAsString();
        String secret = SECRET.get(field);
        if (expect == Expect.REFUSED) {
            assertThat(json).bodyJson().doesNotHavePath("$.fields." + field + ".value");
            if (secret != null && !field.equals("timesheets")) {
                assertThat(body).doesNotContain(secret);
            }
        } else {
            assertThat(json).bodyJson().hasPath("$.fields." + field + ".value");
            if (expect == Expect.MASKED) {
                assertThat(body).contains("010190-XXXX").doesNotContain(secret);
            } else if (secret != null) {
                assertThat(body).contains(secret);
            }
        }
    }
}

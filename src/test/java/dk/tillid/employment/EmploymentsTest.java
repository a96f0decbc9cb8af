package dk.tillid.employment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import dk.tillid.IntegrationTest;
import dk.tillid.MutableClock;
import dk.tillid.person.PersonKind;
import dk.tillid.person.Persons;
import dk.tillid.policy.PurposeId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The API placement calls: hire, hours, end, last employment date. */
@IntegrationTest
@WithMockUser(username = "recruiter-employment", roles = "RECRUITER")
class EmploymentsTest {

    static final Instant NOW = Instant.parse("2026-06-15T10:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    @Autowired
    Employments employments;

    @Autowired
    Persons persons;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    EmployeeFixtures fixtures;

    @BeforeEach
    void setUp() {
        clock.set(NOW);
        fixtures = new EmployeeFixtures(persons, employments, jdbc);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void hiringMakesThePersonAnEmployeeWithAnEmploymentAndAnEmployeeNumber() {
        var hired = fixtures.hired("Ærling", "Lagermedarbejder", TODAY.minusDays(10));

        assertThat(persons.get(hired.person(), PurposeId.EMPLOYMENT).kind()).isEqualTo(PersonKind.EMPLOYEE);
        assertThat(employments.of(hired.person(), PurposeId.EMPLOYMENT)).singleElement().satisfies(e -> {
            assertThat(e.title()).isEqualTo("Lagermedarbejder");
            assertThat(e.ongoing()).isTrue();
            assertThat(e.hourlyPay()).isEqualByComparingTo("185.50");
        });
        assertThat(fixtures.count("employee_file", hired.person())).isEqualTo(1);
        assertThat(employments.lastEmploymentDate(hired.person())).contains(TODAY);
    }

    @Test
    void endingSetsTheLastEmploymentDate() {
        var hired = fixtures.hired("Bodil", "Pakker", TODAY.minusDays(30));

        employments.end(hired.employment(), TODAY.minusDays(2), PurposeId.EMPLOYMENT);

        assertThat(employments.lastEmploymentDate(hired.person())).contains(TODAY.minusDays(2));
        assertThatThrownBy(() -> employments.end(hired.employment(), TODAY, PurposeId.EMPLOYMENT))
                .isInstanceOf(EmploymentRefusal.class);
        assertThat(employments.lastEmploymentDate(fixtures.candidate("Aldrig"))).isEmpty();
    }

    @Test
    void hoursAreRecordedPerDayAndAssignmentAndReplacedWhenRecordedAgain() {
        var hired = fixtures.hired("Carl", "Chauffør", TODAY.minusDays(10));
        UUID assignment = UUID.randomUUID();

        employments.recordHours(hired.employment(), assignment, TODAY, new BigDecimal("7.5"), PurposeId.ASSIGNMENT);
        employments.recordHours(hired.employment(), assignment, TODAY, new BigDecimal("8"), PurposeId.ASSIGNMENT);

        assertThat(jdbc.sql("SELECT hours FROM timesheet_line WHERE employment_id = :id").param("id", hired.employment().value())
                .query(BigDecimal.class).list()).singleElement().satisfies(h -> assertThat(h).isEqualByComparingTo("8"));
    }

    @Test
    void moreThan24HoursADayAcrossAssignmentsNegativeHoursAndFutureDaysAreRefused() {
        var hired = fixtures.hired("Dorthe", "Rengøring", TODAY.minusDays(10));
        employments.recordHours(hired.employment(), UUID.randomUUID(), TODAY.minusDays(1), new BigDecimal("16"), PurposeId.ASSIGNMENT);

        assertThatThrownBy(() -> employments.recordHours(hired.employment(), UUID.randomUUID(), TODAY.minusDays(1),
                new BigDecimal("8.25"), PurposeId.ASSIGNMENT)).hasFieldOrPropertyWithValue("key", "employment.hours.tooMany");
        assertThatThrownBy(() -> employments.recordHours(hired.employment(), UUID.randomUUID(), TODAY,
                new BigDecimal("24.5"), PurposeId.ASSIGNMENT)).hasFieldOrPropertyWithValue("key", "employment.hours.tooMany");
        assertThatThrownBy(() -> employments.recordHours(hired.employment(), UUID.randomUUID(), TODAY,
                new BigDecimal("-1"), PurposeId.ASSIGNMENT)).hasFieldOrPropertyWithValue("key", "employment.hours.negative");
        assertThatThrownBy(() -> employments.recordHours(hired.employment(), UUID.randomUUID(), TODAY.plusDays(1),
                new BigDecimal("1"), PurposeId.ASSIGNMENT)).hasFieldOrPropertyWithValue("key", "employment.hours.future");
        assertThatThrownBy(() -> employments.recordHours(hired.employment(), UUID.randomUUID(), TODAY.minusDays(11),
                new BigDecimal("1"), PurposeId.ASSIGNMENT)).hasFieldOrPropertyWithValue("key", "employment.hours.outside");
        employments.recordHours(hired.employment(), UUID.randomUUID(), TODAY.minusDays(1), new BigDecimal("8"), PurposeId.ASSIGNMENT);
        assertThat(jdbc.sql("SELECT sum(hours) FROM timesheet_line WHERE person_id = :p").param("p", hired.person().value())
                .query(BigDecimal.class).single()).isEqualByComparingTo("24");
    }
}

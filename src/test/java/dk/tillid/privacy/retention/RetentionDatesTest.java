package dk.tillid.privacy.retention;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.UUID;

import dk.tillid.IntegrationTest;
import dk.tillid.MutableClock;
import dk.tillid.employment.Employments;
import dk.tillid.employment.Hire;
import dk.tillid.person.ContactDetails;
import dk.tillid.person.NewPerson;
import dk.tillid.person.PersonId;
import dk.tillid.person.PersonKind;
import dk.tillid.person.PersonName;
import dk.tillid.person.Persons;
import dk.tillid.platform.FiscalYear;
import dk.tillid.policy.Policy;
import dk.tillid.policy.PurposeId;
import dk.tillid.privacy.spi.PersonalData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;

/** Which rule keeps each category, and through which day, from what the modules know. */
@IntegrationTest
@WithMockUser(username = "payroll-retention", roles = {"PAYROLL", "RECRUITER"})
class RetentionDatesTest {

    @Autowired RetentionDates dates;
    @Autowired PersonalData personalData;
    @Autowired LegalHolds legalHolds;
    @Autowired Policy policy;
    @Autowired Persons persons;
    @Autowired Employments employments;
    @Autowired MutableClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aCandidateWhoNeverWorkedHereIsKeptSixMonthsFromTheLastContact() {
        clock.set(Instant.parse("2026-01-31T10:00:00Z"));
        PersonId person = person();

        assertThat(dates.of(person.subject()).get("P-DATA-2")).isEqualTo(new RetentionDates.Due("P-DATA-2", "P-RET-1",
                LocalDate.of(2026, 7, 31)));
        assertThat(dates.of(person.subject())).as("no employment, so no employee rule").doesNotContainKey("P-DATA-9");
    }

    @Test
    void anEmployeesDataIsKeptFiveFiscalYearsAfterTheLastEmploymentWhicheverTheYearEnd() {
        clock.set(Instant.parse("2026-11-29T10:00:00Z"));
        PersonId person = person();
        var employment = employments.hire(person, new Hire(Hire.Kind.TEMPORARY, "Pakker", "Kunde A/S", LocalDate.of(2020, 5, 1),
                new BigDecimal("170.00")), PurposeId.EMPLOYMENT);
        employments.end(employment, LocalDate.of(2021, 3, 10), PurposeId.EMPLOYMENT);

        assertThat(dates.of(person.subject()).get("P-DATA-9").keptThrough()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(dates.of(person.subject()).get("P-DATA-2").rule()).as("the candidate's six months no longer apply")
                .isEqualTo("P-RET-2");
        RetentionDates juneYear = new RetentionDates(personalData, policy, new FiscalYear(MonthDay.of(6, 30)), legalHolds);
        assertThat(juneYear.of(person.subject()).get("P-DATA-9").keptThrough()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(dates.of(person.subject()).get("P-DATA-8").keptThrough()).as("the criminal record goes when employment ends")
                .isEqualTo(LocalDate.of(2021, 3, 10));
    }

    private PersonId person() {
        return persons.register(new NewPerson(PersonKind.CANDIDATE, new PersonName("Rita", "Retention"),
                new ContactDetails("ret-" + UUID.randomUUID() + "@example.dk", null), null, null), PurposeId.SUITABILITY);
    }
}

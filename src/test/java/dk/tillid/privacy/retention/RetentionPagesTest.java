package dk.tillid.privacy.retention;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import dk.tillid.IntegrationTest;
import dk.tillid.MutableClock;
import dk.tillid.person.ContactDetails;
import dk.tillid.person.NewPerson;
import dk.tillid.person.PersonId;
import dk.tillid.person.PersonKind;
import dk.tillid.person.PersonName;
import dk.tillid.person.Persons;
import dk.tillid.policy.PurposeId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** The DPO's retention page: the dry run, running the sweep, the alert; only for the DPO and the admin. */
@IntegrationTest
@TestPropertySource(properties = {"tillid.retention.batch-size=7", "tillid.retention.notice-days=14"})
@WithMockUser(username = "dpo-retention", roles = "DPO")
class RetentionPagesTest {

    @Autowired MockMvcTester mvc;
    @Autowired Persons persons;
    @Autowired SweepRuns runs;
    @Autowired MutableClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void theDryRunListsWhoWouldGoAndRunningTheSweepDeletesThem() {
        at("2015-01-10");
        PersonId candidate = candidate();
        at("2015-07-01");

        assertThat(mvc.get().uri("/dpo/retention?lang=en&on=2015-07-11").exchange()).hasStatusOk().bodyText()
                .contains(candidate.value().toString(), "Erased", "P-RET-1", "2015-07-10", "A dry run");
        assertThat(mvc.get().uri("/dpo/retention?lang=en").exchange()).as("no dry run unless asked for")
                .hasStatusOk().bodyText().doesNotContain(candidate.value().toString(), "A dry run");
        assertThat(mvc.get().uri("/dpo/retention?lang=en&on=2015-07-01").exchange()).as("today, 9 days before: told, not erased")
                .hasStatusOk().bodyText().contains(candidate.value().toString(), "Told that the profile is deleted on 2015-07-11");
        assertThat(persons.exists(candidate)).isTrue();

        at("2015-07-11");
        assertThat(mvc.post().uri("/dpo/retention/run").with(csrf()).exchange()).hasStatus3xxRedirection()
                .hasRedirectedUrl("/dpo/retention");
        assertThat(persons.exists(candidate)).isFalse();
        assertThat(mvc.get().uri("/dpo/retention?lang=en").exchange()).hasStatusOk().bodyText()
                .contains("STAFF:dpo-retention").doesNotContain(candidate.value().toString());
    }

    @Test
    void aDayThatIsNoDateOrOutOfRangeIsRefusedWithAReason() {
        assertThat(mvc.get().uri("/dpo/retention?lang=en&on=next-tuesday").exchange()).hasStatus(400).bodyText()
                .contains("Give the day as a date");
        assertThat(mvc.get().uri("/dpo/retention?lang=en&on=2001-01-01").exchange()).hasStatus(400).bodyText()
                .contains("Choose a day from today and at most a year ahead");
    }

    @Test
    void onlyTheDpoAndTheAdminSeeOrRunTheSweep() {
        assertThat(mvc.get().uri("/dpo/retention").with(user("recruiter").roles("RECRUITER")).exchange()).hasStatus(403);
        assertThat(mvc.post().uri("/dpo/retention/run").with(user("recruiter").roles("RECRUITER")).with(csrf()).exchange())
                .hasStatus(403);
        assertThat(mvc.get().uri("/dpo/retention").with(user("admin").roles("ADMIN")).exchange()).hasStatusOk();
    }

    @Test
    void aFailedSweepIsShownOnTheStaffHomeOfThoseWhoCanActOnIt() {
        long run = runs.start("test", clock.instant());
        runs.end(run, SweepRun.Outcome.FAILED, SweepRun.Tally.NONE, clock.instant(), "DataAccessResourceFailureException");
        try {
            assertThat(mvc.get().uri("/staff?lang=en").exchange()).hasStatusOk().bodyText()
                    .contains("retention-alert", "failed. People whose time is up");
            assertThat(mvc.get().uri("/staff?lang=en").with(user("admin").roles("ADMIN")).exchange()).bodyText()
                    .contains("retention-alert");
            assertThat(mvc.get().uri("/staff?lang=en").with(user("recruiter").roles("RECRUITER")).exchange()).bodyText()
                    .doesNotContain("retention-alert");
        } finally {
            runs.end(runs.start("test", clock.instant()), SweepRun.Outcome.DONE, SweepRun.Tally.NONE, clock.instant(), null);
        }
        assertThat(mvc.get().uri("/staff?lang=en").exchange()).as("a run that completed ends the failure's alert")
                .bodyText().doesNotContain("failed. People whose time is up");
    }

    private void at(String day) {
        clock.set(LocalDate.parse(day).atTime(12, 0).toInstant(ZoneOffset.UTC));
    }

    private PersonId candidate() {
        return persons.register(new NewPerson(PersonKind.CANDIDATE, new PersonName("Pia", "Preview"),
                new ContactDetails("preview-" + UUID.randomUUID() + "@example.dk", null), null, null), PurposeId.SUITABILITY);
    }
}

package dk.tillid.privacy.retention;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import dk.tillid.IntegrationTest;
import dk.tillid.MutableClock;
import dk.tillid.client.Agreement;
import dk.tillid.client.ClientFixtures;
import dk.tillid.client.ClientId;
import dk.tillid.client.Clients;
import dk.tillid.employment.Employments;
import dk.tillid.employment.Hire;
import dk.tillid.person.ContactDetails;
import dk.tillid.person.ContactEvent;
import dk.tillid.person.NewPerson;
import dk.tillid.person.PersonId;
import dk.tillid.person.PersonKind;
import dk.tillid.person.PersonName;
import dk.tillid.person.Persons;
import dk.tillid.platform.FiscalYear;
import dk.tillid.policy.Policy;
import dk.tillid.policy.PurposeId;
import dk.tillid.privacy.audit.AuditTrail;
import dk.tillid.privacy.keys.PersonalKeys;
import dk.tillid.privacy.spi.PersonalData;
import jakarta.mail.internet.MimeMessage;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The retention sweep, on a database of its own (the properties make it a context of its own, so
 * the sweep deletes nobody another test still needs), with pages of 7 so that every run turns pages.
 */
@IntegrationTest
@TestPropertySource(properties = {"tillid.retention.batch-size=7", "tillid.retention.notice-days=14"})
@WithMockUser(username = "payroll-sweep", roles = {"PAYROLL", "RECRUITER"})
class RetentionSweepTest {

    @Autowired RetentionSweep sweep;
    @Autowired DueCheck check;
    @Autowired RetentionNotices notices;
    @Autowired SweepRuns runs;
    @Autowired SweepLock lock;
    @Autowired RetentionAlarm alarm;
    @Autowired RetentionHealth health;
    @Autowired LegalHolds legalHolds;
    @Autowired PersonalData personalData;
    @Autowired PersonalKeys keys;
    @Autowired Persons persons;
    @Autowired Employments employments;
    @Autowired Clients clients;
    @Autowired Policy policy;
    @Autowired AuditTrail audit;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;
    @Autowired GreenMail mail;
    @Autowired MutableClock clock;
    @Autowired Flyway flyway;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aCandidateIsKeptSixMonthsLessADayAfterTheLastContactAndDeletedADayAfter() {
        at("2020-01-10");
        PersonId candidate = candidate();
        List<PersonId> more = List.of(candidate(), candidate(), candidate(), candidate(), candidate(), candidate(), candidate(),
                candidate(), candidate());

        at("2020-07-09");
        sweep.run("test");
        assertThat(persons.exists(candidate)).as("six months less a day").isTrue();

        at("2020-07-10");
        sweep.run("test");
        assertThat(persons.exists(candidate)).as("the last day of the six months").isTrue();

        at("2020-07-11");
        SweepRun run = sweep.run("test").orElseThrow();
        assertThat(persons.exists(candidate)).as("six months and a day").isFalse();
        assertThat(more).as("every page of 7 was turned").noneMatch(persons::exists);
        assertThat(run.outcome()).isEqualTo(SweepRun.Outcome.DONE);
        assertThat(run.tally().erased()).isGreaterThanOrEqualTo(10);
        assertThat(keys.isErased(candidate.subject())).as("the key is destroyed").isTrue();
        assertThat(logged(candidate)).containsExactly("P-RET-1");
    }

    @Test
    void anEmployeeKeepsAccountingDataToTheEndOfTheFifthFiscalYearAfterTheLastEmployment() {
        at("2020-05-01");
        PersonId employee = employeeWhoLeftOn(LocalDate.of(2021, 3, 10));

        at("2026-12-31");
        sweep.run("test");
        assertThat(persons.exists(employee)).as("fiscal year 2026 (calendar) is still running").isTrue();
        assertThat(personalData.categoriesHeld(employee.subject())).contains("P-DATA-9");

        at("2027-01-01");
        sweep.run("test");
        assertThat(persons.exists(employee)).isFalse();
        assertThat(personalData.categoriesHeld(employee.subject())).isEmpty();
        assertThat(logged(employee)).hasSize(1).first().isIn("P-RET-2", "R-ACCOUNTING");
    }

    @Test
    void withAThirtiethOfJuneYearEndTheSameEmployeeGoesSixMonthsSooner() {
        at("2020-05-01");
        PersonId employee = employeeWhoLeftOn(LocalDate.of(2021, 3, 10));
        RetentionSweep juneYear = sweepWithYearEnd(MonthDay.of(6, 30));

        at("2026-06-30");
        juneYear.run("test");
        assertThat(persons.exists(employee)).as("through the end of the fiscal year 2025/26").isTrue();

        at("2026-07-01");
        juneYear.run("test");
        assertThat(persons.exists(employee)).isFalse();
    }

    @Test
    void aBusinessContactIsKeptWhileTheBusinessLastsAndTwentyFourMonthsAfter() {
        at("2012-01-10");
        ClientId client = ClientFixtures.client(clients, "Forbindelse A/S");
        PersonId contact = ClientFixtures.contact(clients, client);
        clients.addAgreement(client, new Agreement(UUID.randomUUID(), Agreement.Kind.FRAMEWORK, "Rammeaftale", LocalDate.of(2012, 1, 1),
                LocalDate.of(2014, 6, 30), null));

        at("2014-03-01"); // 24 months after the last contact, but the agreement runs
        sweep.run("test");
        assertThat(persons.exists(contact)).isTrue();

        at("2016-06-30"); // the last day of the 24 months after the agreement ended
        sweep.run("test");
        assertThat(persons.exists(contact)).isTrue();

        at("2016-07-01");
        sweep.run("test");
        assertThat(persons.exists(contact)).isFalse();
        assertThat(logged(contact)).containsExactly("P-RET-5");
    }

    @Test
    void aLegalHoldStopsTheDeletionUntilItEnds() {
        at("2019-01-10");
        PersonId held = candidate();
        at("2019-07-20");
        legalHolds.place(held.subject(), "A dispute about a reference", LocalDate.of(2019, 9, 30));

        SweepRun run = sweep.run("test").orElseThrow();
        assertThat(persons.exists(held)).isTrue();
        assertThat(run.tally().blocked()).isGreaterThanOrEqualTo(1);
        assertThat(sweep.preview(LocalDate.of(2019, 7, 20), 100).findings())
                .anySatisfy(f -> {
                    assertThat(f.subject()).isEqualTo(held.subject());
                    assertThat(f.verdict()).isEqualTo(Finding.Verdict.BLOCKED);
                    assertThat(f.blockedBy()).isEqualTo(DueCheck.HELD);
                });

        at("2019-10-01");
        sweep.run("test");
        assertThat(persons.exists(held)).as("the hold stood through 30 September").isFalse();
    }

    @Test
    void aPersonWhoseProcessingIsRestrictedIsNotDeleted() {
        at("2018-01-10");
        PersonId restricted = candidate();
        persons.restrict(restricted, "Needs the data for a claim", PurposeId.DATA_SUBJECT_RIGHTS);

        at("2018-08-01");
        sweep.run("test");
        assertThat(persons.exists(restricted)).isTrue();
        assertThat(sweep.preview(LocalDate.of(2018, 8, 1), 100).findings())
                .anyMatch(f -> f.subject().equals(restricted.subject()) && "retention.blocked.restricted".equals(f.blockedBy()));
    }

    @Test
    void aCandidateIsToldOnceBeforeTheProfileGoesAndSigningInKeepsIt() throws Exception {
        at("2017-01-10");
        String address = "notice-" + UUID.randomUUID() + "@example.dk";
        PersonId candidate = persons.register(new NewPerson(PersonKind.CANDIDATE, new PersonName("Nina", "Notice"),
                new ContactDetails(address, null), null, null), PurposeId.SUITABILITY);
        at("2017-01-12");
        PersonId unregistered = candidate();
        persons.unregister(unregistered, PurposeId.JOB_MATCHING);

        at("2017-06-26"); // deleted on 11 July: 15 days ahead, nobody is told yet
        assertThat(sweep.run("test").orElseThrow().tally().notices()).isZero();

        at("2017-06-27");
        SweepRun told = sweep.run("test").orElseThrow();
        sweep.run("test");
        assertThat(told.tally().notices()).as("the one who unregistered is not told").isEqualTo(1);
        assertThat(mailsTo(address)).as("one notice, though the sweep ran twice").hasSize(1);
        MimeMessage notice = mailsTo(address).get(0);
        assertThat(notice.getSubject()).contains("Your profile will soon be deleted");
        assertThat(notice.getContent().toString()).contains("2017-07-11").contains("/portal/sign-in");

        at("2017-07-01");
        persons.recordContact(candidate, ContactEvent.Kind.PORTAL_LOGIN, null, PurposeId.DATA_SUBJECT_RIGHTS);
        at("2017-07-13");
        sweep.run("test");
        assertThat(persons.exists(candidate)).as("signing in is contact: six more months").isTrue();
        assertThat(persons.exists(unregistered)).as("not told (asked not to be contacted), and deleted").isFalse();
    }

    @Test
    void theDryRunShowsWhatWouldGoAndDeletesNothing() {
        at("2016-01-10");
        PersonId candidate = candidate();

        RetentionSweep.Preview preview = sweep.preview(LocalDate.of(2016, 7, 11), 1000);
        assertThat(preview.findings()).anyMatch(f -> f.subject().equals(candidate.subject())
                && f.verdict() == Finding.Verdict.DUE && f.rule().equals("P-RET-1") && f.keptThrough().equals(LocalDate.of(2016, 7, 10)));
        assertThat(preview.tally().erased()).isGreaterThanOrEqualTo(1);
        assertThat(persons.exists(candidate)).isTrue();
        assertThat(sweep.preview(LocalDate.of(2016, 7, 10), 1000).findings())
                .noneMatch(f -> f.subject().equals(candidate.subject()) && f.verdict() == Finding.Verdict.DUE);
    }

    @Test
    void onlyOneInstanceSweepsAtATime() {
        assertThat(lock.whileHeld(() -> sweep.run("second instance"))).contains(java.util.Optional.empty());
    }

    @Test
    void aFailingSweepLosesNothingAndRaisesTheAlarmUntilARunSucceeds() {
        at("2030-01-10");
        PersonId candidate = candidate();
        at("2030-08-01");
        // The schema's owner takes the deletion log away for a moment: the erasure's last write fails.
        JdbcClient owner = JdbcClient.create(flyway.getConfiguration().getDataSource());
        owner.sql("ALTER TABLE deletion_log RENAME TO deletion_log_away").update();
        SweepRun failed;
        try {
            failed = sweep.run("test").orElseThrow();
        } finally {
            owner.sql("ALTER TABLE deletion_log_away RENAME TO deletion_log").update();
        }
        assertThat(failed.outcome()).isEqualTo(SweepRun.Outcome.FAILED);
        assertThat(failed.failure()).doesNotContain(candidate.value().toString());
        assertThat(persons.exists(candidate)).as("the page was rolled back whole").isTrue();
        assertThat(alarm.current()).map(RetentionAlarm.Alert::messageKey).contains("retention.alert.failed");
        assertThat(health.health().getStatus().getCode()).isEqualTo("DOWN");

        sweep.run("test");
        assertThat(persons.exists(candidate)).isFalse();
        assertThat(alarm.current()).isEmpty();
        assertThat(health.health().getStatus().getCode()).isEqualTo("UP");

        clock.advance(java.time.Duration.ofHours(31));
        assertThat(alarm.current()).map(RetentionAlarm.Alert::messageKey).as("no sweep for 31 hours")
                .contains("retention.alert.stale");

        at("2030-10-05");
        sweep.run("test");
        assertThat(alarm.current()).map(RetentionAlarm.Alert::messageKey).as("nobody deleted for over 60 days")
                .contains("retention.alert.quiet");
    }

    private RetentionSweep sweepWithYearEnd(MonthDay yearEnd) {
        RetentionDates dates = new RetentionDates(personalData, policy, new FiscalYear(yearEnd), legalHolds);
        return new RetentionSweep(personalData, new DueCheck(personalData, dates, legalHolds), notices, runs, lock, policy,
                audit, transactions, clock, 7, 14);
    }

    private PersonId employeeWhoLeftOn(LocalDate lastDay) {
        PersonId person = candidate();
        var employment = employments.hire(person, new Hire(Hire.Kind.TEMPORARY, "Lagermedarbejder", "Kunde A/S",
                LocalDate.of(2020, 5, 1), new BigDecimal("175.00")), PurposeId.EMPLOYMENT);
        employments.end(employment, lastDay, PurposeId.EMPLOYMENT);
        return person;
    }

    private List<String> logged(PersonId person) {
        return jdbc.sql("SELECT rule FROM deletion_log WHERE subject_id = :s").param("s", person.value()).query(String.class).list();
    }

    /** The mail to the address, once at least one has arrived (it is sent after the sweep's page commits). */
    private List<MimeMessage> mailsTo(String address) throws InterruptedException {
        for (int wait = 0; wait < 50 && received(address).isEmpty(); wait++) {
            Thread.sleep(100);
        }
        return received(address);
    }

    private List<MimeMessage> received(String address) {
        return Arrays.stream(mail.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().contains(address));
            } catch (Exception e) {
                return false;
            }
        }).toList();
    }

    private void at(String day) {
        clock.set(LocalDate.parse(day).atTime(12, 0).toInstant(ZoneOffset.UTC));
    }

    private PersonId candidate() {
        return persons.register(new NewPerson(PersonKind.CANDIDATE, new PersonName("Rasmus", "Sweep"),
                new ContactDetails("sweep-" + UUID.randomUUID() + "@example.dk", null), null, null), PurposeId.SUITABILITY);
    }
}

package dk.tillid.outreach;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;


import com.icegreen.greenmail.util.GreenMail;
import dk.tillid.MutableClock;
import dk.tillid.IntegrationTest;
import dk.tillid.candidate.Candidates;
import dk.tillid.client.ClientFixtures;
import dk.tillid.client.ClientId;
import dk.tillid.client.Clients;
import dk.tillid.client.JobOrderId;
import dk.tillid.client.JobOrders;
import dk.tillid.person.PersonId;
import dk.tillid.person.Persons;
import dk.tillid.policy.PurposeId;
import dk.tillid.privacy.consent.ConsentLedger;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Job alerts with a real SMTP server: who is told of a new job, when (at once, in a daily digest),
 * and that unregistered, objecting, restricted and unconfirmed people never are.
 */
@IntegrationTest
class JobAlertsTest {

    @Autowired JobAlerts alerts;
    @Autowired AlertDigests digests;
    @Autowired MailPreferences preferences;
    @Autowired Unsubscribing unsubscribing;
    @Autowired UnsubscribeLinks links;
    @Autowired Persons persons;
    @Autowired Candidates candidates;
    @Autowired ConsentLedger consents;
    @Autowired Clients clients;
    @Autowired JobOrders jobOrders;
    @Autowired GreenMail greenMail;
    @Autowired JdbcClient jdbc;
    @Autowired MutableClock clock;

    private OutreachPeople people;
    private String skill;
    private ClientId client;

    @BeforeEach
    void setUp() {
        people = new OutreachPeople(persons, candidates, consents, greenMail);
        skill = "jobagent" + OutreachPeople.letters();
        client = ClientFixtures.client(clients, "Alarm Lager " + OutreachPeople.tag() + " ApS");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aNewJobReachesThoseWhoFitAsTheyChoseAndNeverThoseWhoMayNotBeTold() throws Exception {
        PersonId instant = people.candidate(List.of(skill));
        preferences.chooseFrequency(instant, MailPreferences.Frequency.INSTANT);
        PersonId daily = people.candidate(List.of(skill));
        PersonId unregistered = people.candidate(List.of(skill));
        persons.unregister(unregistered, PurposeId.JOB_MATCHING);
        PersonId objected = people.candidate(List.of(skill));
        unsubscribing.unsubscribe(links.token(objected, Topic.JOB_ALERTS));
        PersonId restricted = people.candidate(List.of(skill));
        persons.restrict(restricted, "Oplysningernes rigtighed bestrides", PurposeId.DATA_SUBJECT_RIGHTS);
        PersonId unconfirmed = unconfirmedCandidate();
        PersonId unfit = people.candidate(List.of("noget" + OutreachPeople.letters()));

        JobOrderId order = ClientFixtures.temporaryOrder(jobOrders, client, List.of(skill), List.of(),
                LocalDate.now().plusWeeks(2));
        alerts.scan(order);

        MimeMessage alert = awaitOne(instant);
        assertThat(alert.getSubject()).isEqualTo("Nyt job: Lagermedarbejder");
        assertThat(OutreachPeople.text(alert)).contains("Lagermedarbejder - Aarhus (vikariat)").doesNotContain("Alarm Lager")
                .contains("Stop jobagenter med ét klik: http");
        assertThat(OutreachPeople.header(alert, "List-Unsubscribe")).contains("/unsubscribe/");
        assertThat(people.mailsTo(daily)).as("a daily digest waits for the morning").isEmpty();

        assertThat(digests.sendDue()).isGreaterThanOrEqualTo(1);
        MimeMessage digest = awaitOne(daily);
        assertThat(digest.getSubject()).isEqualTo("Nye job, der passer til din profil: 1");
        assertThat(OutreachPeople.text(digest)).contains("Lagermedarbejder - Aarhus (vikariat)");

        for (PersonId nobody : List.of(unregistered, objected, restricted, unconfirmed, unfit)) {
            assertThat(people.mailsTo(nobody)).as("no job alert to someone who may not be told, or does not fit").isEmpty();
            assertThat(waiting(nobody)).isZero();
        }
        assertThat(people.mailsTo(instant)).as("told at once, not again in a digest").hasSize(1);
        alerts.scan(order);
        assertThat(digests.sendDue()).isZero();
        assertThat(people.mailsTo(daily)).as("nobody is told twice about one job").hasSize(1);
    }

    @Test
    void aDailyDigestGoesAtMostOnceADayAndDropsJobsThatClosed() throws Exception {
        PersonId daily = people.candidate(List.of(skill));
        alerts.scan(ClientFixtures.temporaryOrder(jobOrders, client, List.of(skill), List.of(), LocalDate.now().plusWeeks(2)));
        digests.sendDue();
        awaitOne(daily);

        alerts.scan(ClientFixtures.temporaryOrder(jobOrders, client, List.of(skill), List.of(), LocalDate.now().plusWeeks(3)));
        JobOrderId closing = ClientFixtures.temporaryOrder(jobOrders, client, List.of(skill), List.of(), LocalDate.now().plusWeeks(4));
        alerts.scan(closing);
        jobOrders.close(closing);
        digests.sendDue();
        assertThat(waiting(daily)).as("the second digest waits for tomorrow").isEqualTo(2);

        clock.advance(Duration.ofDays(1));
        digests.sendDue();
        awaitCount(daily, 2);
        assertThat(waiting(daily)).isZero();
        assertThat(jdbc.sql("SELECT reason FROM job_alert WHERE person_id = :p AND job_order_id = :o")
                .param("p", daily.value()).param("o", closing.value()).query(String.class).single()).isEqualTo("JOB_CLOSED");
    }

    @Test
    void theAlertsUnsubscribeLinkStopsAlertsAndADroppedChoiceDropsWhatWaits() throws Exception {
        PersonId daily = people.candidate(List.of(skill));
        alerts.scan(ClientFixtures.temporaryOrder(jobOrders, client, List.of(skill), List.of(), LocalDate.now().plusWeeks(2)));
        assertThat(waiting(daily)).isEqualTo(1);

        assertThat(unsubscribing.unsubscribe(links.token(daily, Topic.JOB_ALERTS)))
                .contains(new Unsubscribing.Done(Topic.JOB_ALERTS, Unsubscribing.Outcome.DONE));

        assertThat(preferences.of(daily).frequency()).isEqualTo(MailPreferences.Frequency.NEVER);
        assertThat(waiting(daily)).isZero();
        digests.sendDue();
        Thread.sleep(500);
        assertThat(people.mailsTo(daily)).isEmpty();
    }

    private PersonId unconfirmedCandidate() {
        String tag = OutreachPeople.tag();
        return candidates.register(new dk.tillid.candidate.NewCandidate(new dk.tillid.person.NewPerson(
                        dk.tillid.person.PersonKind.CANDIDATE, new dk.tillid.person.PersonName("Ikke", "Bekraeftet" + OutreachPeople.letters()),
                        new dk.tillid.person.ContactDetails("ubekraeftet-" + tag + "@example.dk", null), null,
                        new dk.tillid.person.PostalAddress("Banegårdsgade 2", "8000", "Aarhus", null)),
                        new dk.tillid.candidate.Profile(null, null, List.of(skill), dk.tillid.candidate.Profile.WorkType.EITHER, null, null)),
                dk.tillid.candidate.Candidate.RegisteredVia.WEBSITE, PurposeId.JOB_MATCHING);
    }

    private int waiting(PersonId person) {
        return jdbc.sql("SELECT count(*) FROM job_alert WHERE person_id = :p AND status = 'WAITING'")
                .param("p", person.value()).query(Integer.class).single();
    }

    private MimeMessage awaitOne(PersonId person) throws InterruptedException {
        return awaitCount(person, 1).get(0);
    }

    private List<MimeMessage> awaitCount(PersonId person, int count) throws InterruptedException {
        for (int attempt = 0; attempt < 100; attempt++) {
            List<MimeMessage> mails = people.mailsTo(person);
            if (mails.size() >= count) {
                return mails;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("fewer than " + count + " mails arrived for the person");
    }

}

package dk.tillid.privacy.requests;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import com.icegreen.greenmail.util.GreenMail;
import dk.tillid.IntegrationTest;
import dk.tillid.MutableClock;
import dk.tillid.employment.EmploymentId;
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
import dk.tillid.privacy.keys.PersonalKeys;
import dk.tillid.privacy.retention.RetentionDates;
import dk.tillid.privacy.spi.DeletionLog;
import dk.tillid.privacy.spi.PersonalData;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** Art. 17: the plan deletes all but what a law keeps, runs, is logged without personal data, and the person is told. */
@IntegrationTest
@WithMockUser(username = "dpo-erasure", roles = "DPO")
class ErasuresTest {

    static final LocalDate LAST_DAY = LocalDate.of(2021, 3, 10);

    @Autowired MockMvcTester mvc;
    @Autowired Persons persons;
    @Autowired Employments employments;
    @Autowired SubjectRequests requests;
    @Autowired Erasures erasures;
    @Autowired PersonalData personalData;
    @Autowired PersonalKeys keys;
    @Autowired DeletionLog deletionLog;
    @Autowired Policy policy;
    @Autowired GreenMail greenMail;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;
    @Autowired dk.tillid.privacy.retention.LegalHolds legalHolds;
    @Autowired org.springframework.context.MessageSource messages;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aCandidateWhoNeverWorkedHereIsErasedCompletelyLoggedAndToldSo() throws Exception {
        String email = "slet-" + UUID.randomUUID() + "@example.dk";
        PersonId person = candidate(email);
        RequestId request = requests.receive(person.subject(), SubjectRequest.Kind.ERASURE, SubjectRequest.Channel.PORTAL, requests.today());

        var page = mvc.get().uri("/dpo/requests/" + request.value() + "/erasure?lang=en").exchange();
        assertThat(page).hasStatusOk();
        assertThat(page).bodyText().contains("Carry out the erasure").contains(category("P-DATA-1")).doesNotContain("Bookkeeping");

        var done = mvc.post().uri("/dpo/requests/" + request.value() + "/erasure").with(csrf()).exchange();
        assertThat(done).hasStatus3xxRedirection().hasRedirectedUrl("/dpo/deletions");

        assertThat(persons.find(person, PurposeId.DATA_SUBJECT_RIGHTS)).isEmpty();
        assertThat(keys.isErased(person.subject())).as("nothing kept, so the key is gone").isTrue();
        DeletionLog.Entry logged = deletionLog.latest(50).stream().filter(e -> e.subject().equals(person.subject()))
                .findFirst().orElseThrow();
        assertThat(logged.rule()).isEqualTo("P-RIGHT-3");
        assertThat(logged.deleted()).contains("P-DATA-1", "P-DATA-REL");
        assertThat(logged.kept()).isEmpty();
        assertThat(logged.keyDestroyed()).isTrue();
        assertThat(mvc.get().uri("/dpo/deletions").exchange()).bodyText().contains(person.value().toString());

        String receipt = text(mailTo(email));
        assertThat(receipt).contains("Deleted:", "We keep nothing about you", category("P-DATA-1"));
        for (int attempt = 0; attempt < 50 && outboxRowsTo(email) > 0; attempt++) {
            Thread.sleep(100); // the sender marks the mail sent after the SMTP server took it
        }
        assertThat(outboxRowsTo(email)).as("the receipt's row, address and all, is gone once sent").isZero();
    }

    @Test
    void anEmployeesAccountingDataIsKeptThroughTheEndOfTheFifthFiscalYearAndNoLonger() throws Exception {
        clock.set(Instant.parse("2026-12-31T12:00:00Z"));
        String email = "ansat-" + UUID.randomUUID() + "@example.dk";
        PersonId kept = employeeWhoLeft(email);
        persons.recordContact(kept, dk.tillid.person.ContactEvent.Kind.CALL, "Talte om ryggen", PurposeId.EMPLOYMENT);
        RequestId request = requests.receive(kept.subject(), SubjectRequest.Kind.ERASURE, SubjectRequest.Channel.EMAIL, requests.today());
        requests.identityVerified(request); // the DPO checked who wrote

        ErasureProposal plan = erasures.plan(request);
        assertThat(plan.kept()).extracting(ErasureProposal.Keeping::category).containsExactlyInAnyOrder("P-DATA-1", "P-DATA-9");
        assertThat(plan.kept()).allSatisfy(keeping -> {
            assertThat(keeping.until()).isEqualTo(LocalDate.of(2026, 12, 31));
            assertThat(keeping.rule()).isEqualTo("R-ACCOUNTING");
        });
        assertThat(plan.deleted()).contains("P-DATA-REL").doesNotContain("P-DATA-9");
        assertThat(mvc.get().uri("/dpo/requests/" + request.value() + "/erasure?lang=en").exchange()).bodyText()
                .contains("Bookkeeping Act", "2026-12-31");

        var done = erasures.carryOut(request);

        assertThat(done.kept()).extracting(ErasureProposal.Keeping::category).as("as the modules report it")
                .contains("P-DATA-1", "P-DATA-9", "P-DATA-REL");
        assertThat(done.deleted()).doesNotContain("P-DATA-REL", "P-DATA-1", "P-DATA-9");
        assertThat(persons.contacts(kept, PurposeId.DATA_SUBJECT_RIGHTS)).as("the contact history and its notes go")
                .isEmpty();
        assertThat(employments.lastEmploymentDate(kept)).as("payroll is kept").contains(LAST_DAY);
        assertThat(keys.isErased(kept.subject())).as("a kept category may be encrypted: the key stays").isFalse();
        String receipt = text(mailTo(email));
        assertThat(receipt).contains("Kept, because the law requires it", "Bookkeeping Act", "until 2026-12-31",
                "Bogføringsloven", "til og med 2026-12-31", "- " + category("P-DATA-REL") + ": The Danish Bookkeeping Act")
                .doesNotContain("Deleted:\n- " + category("P-DATA-REL"));

        clock.set(Instant.parse("2027-01-01T12:00:00Z"));
        PersonId gone = employeeWhoLeft("ansat-" + UUID.randomUUID() + "@example.dk");
        RequestId later = requests.receive(gone.subject(), SubjectRequest.Kind.ERASURE, SubjectRequest.Channel.EMAIL, requests.today());
        requests.identityVerified(later); // the DPO checked who wrote
        assertThat(erasures.plan(later).kept()).as("a day after the fifth fiscal year's end").isEmpty();
    }

    @Test
    void anAddressNoMailServerShouldGetDoesNotStopTheErasure() {
        PersonId person = candidate("anne(privat)" + UUID.randomUUID().toString().substring(0, 6) + "@example.dk");
        RequestId request = requests.receive(person.subject(), SubjectRequest.Kind.ERASURE, SubjectRequest.Channel.PORTAL, requests.today());

        var done = mvc.post().uri("/dpo/requests/" + request.value() + "/erasure").with(csrf()).exchange();

        assertThat(done).hasStatus3xxRedirection().hasRedirectedUrl("/dpo/deletions");
        assertThat(persons.find(person, PurposeId.DATA_SUBJECT_RIGHTS)).isEmpty();
        assertThat(mvc.get().uri("/dpo/requests/" + UUID.randomUUID() + "/erasure").exchange()).as("no such request")
                .hasStatus(404);
    }

    @Test
    void theDpoIsWarnedWhenThePersonIsStillEmployed() {
        PersonId employed = candidate("ansat-nu-" + UUID.randomUUID() + "@example.dk");
        as(() -> employments.hire(employed, new Hire(Hire.Kind.TEMPORARY, "Pakker", "Kunde A/S", requests.today().minusDays(30),
                new BigDecimal("180.00")), PurposeId.EMPLOYMENT));
        PersonId left = employeeWhoLeft("ansat-foer-" + UUID.randomUUID() + "@example.dk");
        RequestId request = requests.receive(employed.subject(), SubjectRequest.Kind.ERASURE, SubjectRequest.Channel.PORTAL,
                requests.today());
        RequestId other = requests.receive(left.subject(), SubjectRequest.Kind.ERASURE, SubjectRequest.Channel.PORTAL,
                requests.today());

        assertThat(erasures.plan(request).warnings()).containsExactly("erasure.warning.employed");
        assertThat(erasures.plan(other).warnings()).as("an employment that has ended binds no more").isEmpty();
        assertThat(mvc.get().uri("/dpo/requests/" + request.value() + "/erasure?lang=en").exchange()).bodyText()
                .contains("The person is still employed.");
    }

    @Test
    void aJuneYearEndMovesTheDate() {
        clock.set(Instant.parse("2026-06-30T12:00:00Z"));
        PersonId person = employeeWhoLeft("juni-" + UUID.randomUUID() + "@example.dk");
        ErasurePlanner juneYear = new ErasurePlanner(personalData,
                new RetentionDates(personalData, policy, new FiscalYear(MonthDay.of(6, 30)), legalHolds), policy, clock, messages);

        assertThat(juneYear.plan(person.subject()).kept()).extracting(ErasureProposal.Keeping::until)
                .containsOnly(LocalDate.of(2026, 6, 30));

        clock.set(Instant.parse("2026-07-01T12:00:00Z"));
        assertThat(juneYear.plan(person.subject()).kept()).isEmpty();
    }

    @Test
    void onlyAnOpenVerifiedErasureRequestIsCarriedOutAndNotByAPlainAnswer() {
        PersonId person = candidate("vent-" + UUID.randomUUID() + "@example.dk");
        RequestId erasure = requests.receive(person.subject(), SubjectRequest.Kind.ERASURE, SubjectRequest.Channel.LETTER, requests.today());
        RequestId access = requests.receive(person.subject(), SubjectRequest.Kind.ACCESS, SubjectRequest.Channel.LETTER, requests.today());

        assertThatThrownBy(() -> requests.complete(erasure, "done")).isInstanceOf(RequestRefusal.class)
                .hasMessageContaining("carrying out its plan");
        assertThatThrownBy(() -> erasures.carryOut(access)).isInstanceOf(RequestRefusal.class);
        assertThatThrownBy(() -> erasures.carryOut(erasure)).as("nobody has checked who wrote the letter")
                .isInstanceOf(RequestRefusal.class);
        requests.identityVerified(erasure);
        requests.awaitIdentity(erasure);
        assertThatThrownBy(() -> erasures.carryOut(erasure)).isInstanceOf(RequestRefusal.class);
        var refused = mvc.post().uri("/dpo/requests/" + erasure.value() + "/erasure").with(csrf()).exchange();
        assertThat(refused).hasStatus3xxRedirection().hasRedirectedUrl("/dpo/requests/" + erasure.value());
        assertThat(persons.find(person, PurposeId.DATA_SUBJECT_RIGHTS)).as("nothing was erased").isPresent();
    }

    private PersonId candidate(String email) {
        return persons.register(new NewPerson(PersonKind.CANDIDATE, new PersonName("Sletter", "Slettesen"),
                new ContactDetails(email, "+45 12 34 56 78"), null, null), PurposeId.SUITABILITY);
    }

    private PersonId employeeWhoLeft(String email) {
        PersonId person = candidate(email);
        as(() -> {
            EmploymentId employment = employments.hire(person, new Hire(Hire.Kind.TEMPORARY, "Lagermedarbejder", "Kunde A/S",
                    LocalDate.of(2020, 2, 1), new BigDecimal("180.00")), PurposeId.EMPLOYMENT);
            employments.end(employment, LAST_DAY, PurposeId.EMPLOYMENT);
            return employment;
        });
        return person;
    }

    private String category(String id) {
        return policy.category(id).name().en();
    }

    private static String text(MimeMessage mail) throws Exception {
        return mail.getContent().toString();
    }

    private int outboxRowsTo(String email) {
        return jdbc.sql("SELECT count(*) FROM notification_outbox WHERE recipient = :to").param("to", email)
                .query(Integer.class).single();
    }

    private MimeMessage mailTo(String email) throws InterruptedException {
        for (int attempt = 0; attempt < 50; attempt++) {
            for (MimeMessage message : greenMail.getReceivedMessages()) {
                try {
                    if (message.getAllRecipients()[0].toString().equalsIgnoreCase(email)) {
                        return message;
                    }
                } catch (Exception ignored) {
                    // not this one
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no mail to the person");
    }

    private static <T> T as(Supplier<T> work) {
        SecurityContext before = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new TestingAuthenticationToken("staff-payroll", "x", "ROLE_PAYROLL", "ROLE_RECRUITER"));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }
}

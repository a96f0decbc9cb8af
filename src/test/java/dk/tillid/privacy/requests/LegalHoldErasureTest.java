package dk.tillid.privacy.requests;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import dk.tillid.IntegrationTest;
import dk.tillid.MutableClock;
import dk.tillid.demo.DanishPeople;
import dk.tillid.person.ContactDetails;
import dk.tillid.person.NewPerson;
import dk.tillid.person.PersonId;
import dk.tillid.person.PersonKind;
import dk.tillid.person.Persons;
import dk.tillid.policy.Policy;
import dk.tillid.policy.PurposeId;
import dk.tillid.privacy.keys.PersonalKeys;
import dk.tillid.privacy.retention.LegalHolds;
import dk.tillid.privacy.retention.RetentionDates;
import dk.tillid.privacy.spi.DeletionLog;
import dk.tillid.privacy.spi.PersonalData;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/** T6 item 3: while a legal hold stands nothing of the person is deleted; once it has ended, the erasure deletes again. */
@IntegrationTest
@WithMockUser(username = "dpo-hold", roles = "DPO")
class LegalHoldErasureTest {

    private static final DanishPeople PEOPLE = new DanishPeople(System.nanoTime());
    static final LocalDate HOLD_ENDS = LocalDate.of(2027, 12, 31);

    @Autowired Persons persons;
    @Autowired SubjectRequests requests;
    @Autowired Erasures erasures;
    @Autowired LegalHolds holds;
    @Autowired RetentionDates dates;
    @Autowired PersonalData personalData;
    @Autowired PersonalKeys keys;
    @Autowired DeletionLog deletionLog;
    @Autowired MutableClock clock;
    @Autowired MockMvcTester mvc;
    @Autowired GreenMail greenMail;
    @Autowired Policy policy;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aStandingHoldKeepsEverythingThroughItsEndAndTheErasureDeletesAfterIt() throws Exception {
        clock.set(Instant.parse("2026-12-01T12:00:00Z"));
        String email = "hold-" + UUID.randomUUID() + "@example.dk";
        NewPerson generated = PEOPLE.next(PersonKind.CANDIDATE);
        PersonId person = persons.register(new NewPerson(PersonKind.CANDIDATE, generated.name(),
                new ContactDetails(email, generated.contact().phone()), generated.dateOfBirth(), generated.address()),
                PurposeId.SUITABILITY);
        holds.place(person.subject(), "Tvist om opsigelse, sag ved byretten", HOLD_ENDS);
        RequestId request = erasureRequest(person);
        Set<String> held = personalData.categoriesHeld(person.subject());

        ErasureProposal plan = erasures.plan(request);

        assertThat(plan.deleted()).as("nothing is deleted while the hold stands").isEmpty();
        assertThat(plan.kept()).extracting(ErasureProposal.Keeping::category).containsExactlyInAnyOrderElementsOf(held);
        assertThat(plan.kept()).allSatisfy(keeping -> {
            assertThat(keeping.rule()).isEqualTo(LegalHolds.REASON);
            assertThat(keeping.until()).isEqualTo(HOLD_ENDS);
        });
        assertThat(mvc.get().uri("/dpo/requests/" + request.value() + "/erasure?lang=en").exchange()).bodyText()
                .contains("A legal hold (a dispute or a court case)", "2027-12-31");
        Map<String, RetentionDates.Due> due = dates.of(person.subject());
        assertThat(due.keySet()).containsAll(held);
        assertThat(held.stream().map(due::get)).as("the candidate's six months end before the hold does").allSatisfy(d -> {
            assertThat(d.rule()).isEqualTo(LegalHolds.REASON);
            assertThat(d.keptThrough()).isEqualTo(HOLD_ENDS);
        });

        var done = erasures.carryOut(request);

        assertThat(done.deleted()).isEmpty();
        assertThat(done.kept()).extracting(ErasureProposal.Keeping::rule).containsOnly(LegalHolds.REASON);
        assertThat(persons.find(person, PurposeId.DATA_SUBJECT_RIGHTS)).as("the person is still there").isPresent();
        assertThat(keys.isErased(person.subject())).isFalse();
        assertThat(holds.standingUntil(person.subject())).as("the hold itself is kept too").contains(HOLD_ENDS);
        assertThat(receiptTo(email)).as("the receipt names the hold as the reason")
                .contains("- " + policy.category("P-DATA-1").name().en() + ": A legal hold (a dispute or a court case), until 2027-12-31")
                .contains("- " + policy.category("P-DATA-1").name().da() + ": En retlig tilbageholdelse (en tvist eller en retssag), til og med 2027-12-31");

        clock.set(Instant.parse("2027-12-31T12:00:00Z"));
        assertThat(erasures.plan(erasureRequest(person)).deleted()).as("the hold's last day still holds").isEmpty();

        clock.set(Instant.parse("2028-01-01T12:00:00Z"));
        RequestId after = erasureRequest(person);
        ErasureProposal later = erasures.plan(after);
        assertThat(later.kept()).as("the day after the hold's end").isEmpty();
        assertThat(later.deleted()).contains("P-DATA-1", "P-DATA-REL");
        assertThat(dates.of(person.subject()).values()).extracting(RetentionDates.Due::rule).doesNotContain(LegalHolds.REASON);

        erasures.carryOut(after);

        assertThat(persons.find(person, PurposeId.DATA_SUBJECT_RIGHTS)).isEmpty();
        assertThat(keys.isErased(person.subject())).isTrue();
        assertThat(jdbc.sql("SELECT count(*) FROM legal_hold WHERE subject_id = :s").param("s", person.value())
                .query(Integer.class).single()).as("the hold, with its reason, goes with the rest").isZero();
    }

    @Test
    void aHoldLiftedEarlyKeepsNothingAnyMore() {
        PersonId person = candidate();
        holds.place(person.subject(), "Mulig tvist om løn", requests.today().plusYears(2));
        RequestId request = erasureRequest(person);
        assertThat(erasures.plan(request).deleted()).isEmpty();

        UUID hold = holds.latest(200).stream().filter(h -> h.subject().equals(person.subject())).findFirst().orElseThrow().id();
        holds.lift(hold, "Tvisten er forligt");

        ErasureProposal plan = erasures.plan(request);
        assertThat(plan.kept()).isEmpty();
        assertThat(plan.deleted()).contains("P-DATA-1");
    }

    @Test
    void aHoldOnSomeoneElseKeepsNothingOfThisPerson() {
        PersonId held = candidate();
        PersonId other = candidate();
        holds.place(held.subject(), "Retssag", requests.today().plusMonths(3));

        assertThat(erasures.plan(erasureRequest(other)).kept()).isEmpty();
    }

    private String receiptTo(String email) throws Exception {
        for (int attempt = 0; attempt < 50; attempt++) {
            for (MimeMessage message : greenMail.getReceivedMessages()) {
                if (message.getAllRecipients()[0].toString().equalsIgnoreCase(email)) {
                    return message.getContent().toString();
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no receipt to the person");
    }

    private RequestId erasureRequest(PersonId person) {
        return requests.receive(person.subject(), SubjectRequest.Kind.ERASURE, SubjectRequest.Channel.PORTAL, requests.today());
    }

    private PersonId candidate() {
        return persons.register(PEOPLE.next(PersonKind.CANDIDATE), PurposeId.SUITABILITY);
    }
}

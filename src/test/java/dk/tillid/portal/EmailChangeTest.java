package dk.tillid.portal;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import dk.tillid.IntegrationTest;
import dk.tillid.MutableClock;
import dk.tillid.demo.DanishPeople;
import dk.tillid.identity.PersonSessions;
import dk.tillid.person.ContactDetails;
import dk.tillid.person.NewPerson;
import dk.tillid.person.PersonId;
import dk.tillid.person.PersonKind;
import dk.tillid.person.Persons;
import dk.tillid.policy.PurposeId;
import dk.tillid.privacy.audit.AuditAction;
import dk.tillid.privacy.audit.AuditTrail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** P-DATA-0: the person changes their e-mail address, proving the new one by a one-time link. */
@IntegrationTest
class EmailChangeTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Persons persons;

    @Autowired
    GreenMail greenMail;

    @Autowired
    MutableClock clock;

    @Autowired
    EmailChanges changes;

    @Autowired
    AuditTrail audit;

    @Autowired
    JdbcClient jdbc;

    private final DanishPeople people = new DanishPeople(System.nanoTime());

    @AfterEach
    void reset() {
        clock.reset();
        changes.forgetAttempts();
    }

    @Test
    void theLinkMailedToTheNewAddressChangesItOnceAndTheOldAddressIsTold() throws Exception {
        String old = unique("gammel");
        PersonId person = person(old);
        String fresh = unique("ny");

        MvcTestResult asked = ask(person, fresh.toUpperCase());

        assertThat(asked).hasStatusOk();
        assertThat(asked).bodyText().contains("We have sent a link to the new address");
        Mailbox.Mail link = mailbox().awaitOne(fresh);
        assertThat(link.text()).contains("/portal/email/confirm?token=", "24 hours");
        Mailbox.Mail notice = mailbox().awaitOne(old);
        assertThat(notice.subject()).contains("A change of your e-mail address was asked for");
        assertThat(notice.text()).contains("If it was not you").doesNotContain(fresh, "token=");
        assertThat(emailOf(person)).as("nothing changes before the link is used").isEqualTo(old);

        String token = Mailbox.token(link);
        assertThat(mvc.get().uri("/portal/email/confirm?token=" + token).header("Accept-Language", "en").exchange())
                .as("a page with a button")
                .hasStatusOk().bodyText().contains("Confirm");
        assertThat(emailOf(person)).as("following the link changes nothing").isEqualTo(old);

        MvcTestResult confirmed = confirm(token);

        assertThat(confirmed).hasStatusOk().bodyText().contains("Your e-mail address is changed");
        assertThat(emailOf(person)).isEqualTo(fresh);
        assertThat(persons.findByEmail(fresh, PurposeId.DATA_SUBJECT_RIGHTS)).contains(person);
        assertThat(persons.findByEmail(old, PurposeId.DATA_SUBJECT_RIGHTS)).isEmpty();
        assertThat(audit.changesOf(person.subject(), 5)).anySatisfy(change -> {
            assertThat(change.actor()).isEqualTo("person " + person.value());
            assertThat(change.action()).isEqualTo(AuditAction.UPDATE);
            assertThat(change.categories()).contains("P-DATA-1");
            assertThat(change.purpose()).isEqualTo(PurposeId.DATA_SUBJECT_RIGHTS.value());
        });
        assertThat(pendingRows(person)).as("the new address waits no longer").isZero();

        assertThat(confirm(token)).as("a link works once").hasStatus(400).bodyText().contains("The link cannot be used");
    }

    @Test
    void aLinkExpiresAfterADay() throws Exception {
        String old = unique("sen");
        PersonId person = person(old);
        String fresh = unique("sen-ny");
        ask(person, fresh);
        String token = Mailbox.token(mailbox().awaitOne(fresh));

        clock.advance(Duration.ofHours(25));

        assertThat(confirm(token)).hasStatus(400);
        assertThat(emailOf(person)).isEqualTo(old);
        changes.deleteExpired();
        assertThat(pendingRows(person)).as("the unconfirmed address is deleted when its link expires").isZero();
    }

    @Test
    void anAddressAnotherPersonHasGetsTheSameAnswerAndIsNeverTaken() throws Exception {
        String taken = unique("optaget");
        PersonId owner = person(taken);
        String old = unique("spoerger");
        PersonId asker = person(old);
        String free = unique("fri");

        String answerForFree = withoutCsrf(ask(asker, free).getResponse().getContentAsString());
        changes.forgetAttempts();
        MvcTestResult forTaken = ask(asker, taken);

        assertThat(forTaken).hasStatusOk();
        assertThat(withoutCsrf(forTaken.getResponse().getContentAsString())).as("the page does not tell").isEqualTo(answerForFree);
        Mailbox.Mail toOwner = mailbox().awaitOne(taken);
        assertThat(toOwner.text()).as("no link to the taken address").doesNotContain("token=").contains("nothing was changed");
        assertThat(mailbox().await(old, 2)).as("the asker's old address is told both times alike")
                .extracting(Mailbox.Mail::text).containsOnly(mailbox().of(old).get(0).text());
        assertThat(emailOf(asker)).isEqualTo(old);
        assertThat(persons.findByEmail(taken, PurposeId.DATA_SUBJECT_RIGHTS)).contains(owner);
    }

    @Test
    void anAddressTakenWhileTheLinkWaitsIsNotChangedToAndTheLinkIsRefusedLikeAnyOther() throws Exception {
        String old = unique("langsom");
        PersonId slow = person(old);
        String wanted = unique("eftertragtet");
        ask(slow, wanted);
        String token = Mailbox.token(mailbox().awaitOne(wanted));
        PersonId quicker = person(wanted);

        assertThat(confirm(token)).hasStatus(400).bodyText().contains("The link cannot be used");

        assertThat(emailOf(slow)).isEqualTo(old);
        assertThat(persons.findByEmail(wanted, PurposeId.DATA_SUBJECT_RIGHTS)).contains(quicker);
        assertThat(jdbc.sql("SELECT count(*) FROM person WHERE email = :email").param("email", wanted).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void aTamperedOrMadeUpTokenChangesNothingAndTheRealOneStillWorks() throws Exception {
        String old = unique("ufejlbar");
        PersonId person = person(old);
        String fresh = unique("ufejlbar-ny");
        ask(person, fresh);
        String token = Mailbox.token(mailbox().awaitOne(fresh));
        String tampered = (token.charAt(0) == 'A' ? 'B' : 'A') + token.substring(1);

        assertThat(confirm(tampered)).hasStatus(400);
        assertThat(confirm(token + "x")).hasStatus(400);
        assertThat(confirm("")).hasStatus(400);
        assertThat(confirm("../../etc/passwd")).hasStatus(400);
        assertThat(emailOf(person)).isEqualTo(old);

        assertThat(confirm(token)).hasStatusOk();
        assertThat(emailOf(person)).isEqualTo(fresh);
    }

    @Test
    void askingTooOftenIsSlowedDownAndSendsNothingMore() throws Exception {
        String old = unique("ivrig");
        PersonId person = person(old);
        for (int i = 0; i < 5; i++) {
            assertThat(ask(person, unique("ivrig-" + i))).hasStatusOk();
        }
        String sixth = unique("ivrig-6");

        MvcTestResult tooMany = ask(person, sixth);

        assertThat(tooMany).hasStatus(429).bodyText().contains("Too many changes");
        assertThat(mailbox().await(old, 5)).hasSize(5);
        Thread.sleep(500);
        assertThat(mailbox().of(sixth)).isEmpty();
        assertThat(mailbox().of(old)).as("no sixth notice").hasSize(5);
    }

    /** Decided: a link confirmed while someone else is signed in is refused, and keeps working for its owner. */
    @Test
    void aLinkConfirmedWhileSignedInAsSomeoneElseIsRefusedAndChangesNoOne() throws Exception {
        String old = unique("ejer");
        PersonId owner = person(old);
        String otherOld = unique("anden");
        PersonId other = person(otherOld);
        String fresh = unique("ejer-ny");
        ask(owner, fresh);
        String token = Mailbox.token(mailbox().awaitOne(fresh));

        MvcTestResult refused = mvc.post().uri("/portal/email/confirm").with(as(other)).with(csrf()).param("token", token)
                .header("Accept-Language", "en").exchange();

        assertThat(refused).hasStatus(409).bodyText().contains("belongs to someone else");
        assertThat(emailOf(owner)).isEqualTo(old);
        assertThat(emailOf(other)).isEqualTo(otherOld);

        MvcTestResult byOwner = mvc.post().uri("/portal/email/confirm").with(as(owner)).with(csrf()).param("token", token)
                .exchange();
        assertThat(byOwner).hasStatus3xxRedirection().redirectedUrl().isEqualTo("/portal/details/email");
        assertThat(emailOf(owner)).isEqualTo(fresh);
        assertThat(emailOf(other)).isEqualTo(otherOld);
    }

    @Test
    void anOldAddressMailCannotGoToGetsNoNoticeAndThePersonCanStillReplaceIt() throws Exception {
        // Well-formed for the person module, but parentheses are syntax in a mail header: no mail goes there.
        String old = "gammel(privat)-" + UUID.randomUUID() + "@example.dk";
        PersonId person = person(old);
        String fresh = unique("afloeser");

        MvcTestResult asked = ask(person, fresh);

        assertThat(asked).hasStatusOk().bodyText().contains("We have sent a link to the new address");
        assertThat(confirm(Mailbox.token(mailbox().awaitOne(fresh)))).hasStatusOk().bodyText()
                .contains("Your e-mail address is changed");
        assertThat(emailOf(person)).isEqualTo(fresh);
        assertThat(jdbc.sql("SELECT kind FROM notification_outbox WHERE subject = :person").param("person", person.value())
                .query(String.class).list()).as("the link, and no notice to the old address").containsExactly("EMAIL_CHANGE_CONFIRMATION");
    }

    @Test
    void aMalformedAddressIsRefusedInTheFormAndOnlyThePersonSignedInMayAsk() {
        PersonId person = person(unique("form"));

        MvcTestResult malformed = mvc.post().uri("/portal/details/email").with(as(person)).with(csrf()).param("email", "ikke en adresse")
                .header("Accept-Language", "en").exchange();

        assertThat(malformed).hasStatus(400).bodyText().contains("Enter an e-mail address such as name@example.dk");
        assertThat(mvc.post().uri("/portal/details/email").with(csrf()).param("email", unique("anonym")).exchange())
                .hasStatus3xxRedirection().redirectedUrl().endsWith("/portal/sign-in");
    }

    @Test
    void changingTheAddressAsksForASignInWithinTenMinutes() {
        PersonId person = person(unique("reauth"));
        RequestPostProcessor longAgo = signedInAt(person, clock.instant().minus(Duration.ofMinutes(11)));

        assertThat(mvc.get().uri("/portal/details/email").with(longAgo).exchange())
                .hasStatus3xxRedirection().redirectedUrl().isEqualTo("/portal/sign-in?again");
        assertThat(mvc.post().uri("/portal/details/email").with(longAgo).with(csrf()).param("email", unique("new")).exchange())
                .hasStatus3xxRedirection().redirectedUrl().isEqualTo("/portal/sign-in?again");
        assertThat(pendingRows(person)).as("nothing asked for").isZero();
        assertThat(mvc.get().uri("/portal/sign-in?again").header("Accept-Language", "en").exchange()).bodyText()
                .contains("sign in again (with the link we mail you) before you change your e-mail address");

        assertThat(mvc.get().uri("/portal/details/email").with(signedInAt(person, clock.instant().minus(Duration.ofMinutes(9))))
                .exchange()).hasStatusOk();
    }

    private MvcTestResult ask(PersonId person, String email) {
        return mvc.post().uri("/portal/details/email").with(as(person)).with(csrf()).param("email", email)
                .header("Accept-Language", "en").exchange();
    }

    private MvcTestResult confirm(String token) {
        return mvc.post().uri("/portal/email/confirm").with(csrf()).param("token", token).header("Accept-Language", "en").exchange();
    }

    /** Each page's forms carry a fresh CSRF token; apart from it the pages must be the same. */
    private static String withoutCsrf(String page) {
        return page.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "");
    }

    private String emailOf(PersonId person) {
        return persons.get(person, PurposeId.DATA_SUBJECT_RIGHTS).contact().email();
    }

    private long pendingRows(PersonId person) {
        return jdbc.sql("SELECT count(*) FROM portal_email_change WHERE person_id = :person").param("person", person.value())
                .query(Long.class).single();
    }

    private Mailbox mailbox() {
        return new Mailbox(greenMail);
    }

    private PersonId person(String email) {
        NewPerson generated = people.next(PersonKind.CANDIDATE);
        return persons.register(new NewPerson(generated.kind(), generated.name(),
                new ContactDetails(email, generated.contact().phone()), generated.dateOfBirth(), generated.address()),
                PurposeId.SUITABILITY);
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID() + "@example.dk";
    }

    /** The person, signed in by link just now (as the e-mail change asks). */
    private RequestPostProcessor as(PersonId person) {
        return signedInAt(person, clock.instant());
    }

    private static RequestPostProcessor signedInAt(PersonId person, java.time.Instant at) {
        return authentication(PersonSessions.signedIn(person, at));
    }
}

package dk.tillid.portal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import dk.tillid.IntegrationTest;
import dk.tillid.demo.DanishPeople;
import dk.tillid.identity.PersonSessions;
import dk.tillid.person.ContactDetails;
import dk.tillid.person.NewPerson;
import dk.tillid.person.PersonId;
import dk.tillid.person.PersonKind;
import dk.tillid.person.Persons;
import dk.tillid.policy.PurposeId;
import dk.tillid.privacy.requests.RequestId;
import dk.tillid.privacy.requests.SubjectRequest;
import dk.tillid.privacy.requests.SubjectRequests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Art. 12(3): an extension reaches the person from Tillid itself, with the reasons and the new due
 * date and nothing else of theirs; one Tillid cannot mail is extended only with a letter recorded.
 */
@IntegrationTest
@WithMockUser(username = "dpo-extensions", roles = "DPO")
class ExtensionMailTest {

    private static final String REASON = "Vi samler oplysninger fra tre lønsystemer og to arkiver";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Persons persons;

    @Autowired
    SubjectRequests requests;

    @Autowired
    GreenMail greenMail;

    @Autowired
    JdbcClient jdbc;

    private final DanishPeople people = new DanishPeople(System.nanoTime());

    @Test
    void theDpoExtendsAndThePersonIsMailedTheReasonsAndTheNewDueDateAndNothingElse() throws Exception {
        NewPerson generated = people.next(PersonKind.CANDIDATE);
        String email = unique("forlaenget");
        PersonId person = register(generated, email);
        LocalDate received = requests.today().minusDays(10);
        RequestId id = requests.receive(person.subject(), SubjectRequest.Kind.ACCESS, SubjectRequest.Channel.EMAIL, received);

        MvcTestResult extended = extend(id, 2, REASON);

        assertThat(extended.getMvcResult().getFlashMap().get("saved")).isEqualTo("request.extendedByMail");
        SubjectRequest request = requests.get(id);
        LocalDate due = received.plusMonths(3);
        assertThat(request.dueOn()).isEqualTo(due);
        assertThat(request.extensionToldBy()).isEqualTo(SubjectRequest.Notice.MAIL);
        assertThat(request.extensionNotifiedOn()).as("told the day the mail was queued").isEqualTo(requests.today());

        Mailbox.Mail mail = new Mailbox(greenMail).awaitOne(email);
        assertThat(mail.subject()).contains("Vi har brug for mere tid", "We need more time");
        assertThat(mail.text()).contains(REASON, "2 måneder", "2 months", "/portal/choices",
                DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.forLanguageTag("da")).format(due),
                DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH).format(due));
        assertThat(mail.text()).doesNotContain(generated.name().givenName(), generated.name().familyName(), email,
                generated.contact().phone(), generated.address().street(), generated.dateOfBirth().toString());
        assertThat(mail.text()).as("no CPR-like number").doesNotContainPattern("\\d{6}-?\\d{4}");
        assertThat(mvc.get().uri("/dpo/requests/" + id.value()).header("Accept-Language", "en").exchange())
                .bodyText().contains("by e-mail from Tillid", REASON);
        assertThat(mvc.get().uri("/portal/choices").with(as(person)).header("Accept-Language", "en").exchange())
                .as("the page the mail links to").bodyText().contains(due.toString(), "extended: " + REASON);
    }

    @Test
    void anExtensionAfterTheFirstMonthIsRefusedAndNothingIsMailed() {
        String email = unique("for-sent");
        PersonId person = register(people.next(PersonKind.CANDIDATE), email);
        LocalDate received = requests.today().minusMonths(1).minusDays(1);
        RequestId id = requests.receive(person.subject(), SubjectRequest.Kind.ERASURE, SubjectRequest.Channel.EMAIL, received);

        MvcTestResult refused = extend(id, 1, REASON);

        assertThat(refused.getMvcResult().getFlashMap().get("refused")).isEqualTo("request.extension.tooLate");
        assertThat(requests.get(id).dueOn()).isEqualTo(received.plusMonths(1));
        assertThat(queuedFor(person)).isZero();
        assertThat(mvc.get().uri("/dpo/requests/" + id.value()).with(dk.tillid.Flash.attribute("refused", "request.extension.tooLate"))
                .header("Accept-Language", "en").exchange()).bodyText().contains("within the first month");
    }

    @Test
    void reasonsHoldingACprNumberAreRefusedUpFrontAndNothingIsExtendedOrMailed() {
        NewPerson generated = people.next(PersonKind.CANDIDATE);
        PersonId person = register(generated, unique("cpr"));
        RequestId id = requests.receive(person.subject(), SubjectRequest.Kind.ACCESS, SubjectRequest.Channel.EMAIL,
                requests.today().minusDays(3));

        for (String reason : new String[] {"Vi afventer svar om 010190-1234 fra lønsystemet", "Sagen 0101901234 kræver tid"}) {
            MvcTestResult refused = extend(id, 1, reason);

            assertThat(refused.getMvcResult().getFlashMap().get("refused")).as(reason).isEqualTo("request.extension.cprNumber");
        }
        assertThat(requests.get(id).extensionMonths()).as("rolled back with the refusal").isZero();
        assertThat(queuedFor(person)).isZero();
        assertThat(mvc.get().uri("/dpo/requests/" + id.value()).with(dk.tillid.Flash.attribute("refused", "request.extension.cprNumber"))
                .header("Accept-Language", "en").exchange()).bodyText().contains("looks like a CPR number")
                .doesNotContain("010190");
    }

    @Test
    void anAddressNoMailCanGoToCountsAsNoneSoTheDpoRecordsALetter() {
        NewPerson generated = people.next(PersonKind.CANDIDATE);
        // Well-formed for the person module, but parentheses are syntax in a mail header.
        PersonId person = register(generated, "forl(privat)-" + UUID.randomUUID() + "@example.dk");
        RequestId id = requests.receive(person.subject(), SubjectRequest.Kind.ACCESS, SubjectRequest.Channel.LETTER,
                requests.today().minusDays(2));

        assertThat(extend(id, 1, REASON).getMvcResult().getFlashMap().get("refused")).isEqualTo("request.extension.noEmail");
        MvcTestResult byLetter = mvc.post().uri("/dpo/requests/" + id.value() + "/extend-by-letter").with(csrf())
                .param("months", "1").param("reason", REASON).param("letterSentOn", requests.today().toString()).exchange();

        assertThat(byLetter.getMvcResult().getFlashMap().get("saved")).isEqualTo("request.extended");
        assertThat(requests.get(id).extensionToldBy()).isEqualTo(SubjectRequest.Notice.LETTER);
        assertThat(queuedFor(person)).isZero();
    }

    @Test
    void aPersonWithoutAnAddressIsExtendedOnlyWithALetterRecorded() {
        NewPerson generated = people.next(PersonKind.CANDIDATE);
        PersonId person = persons.register(new NewPerson(generated.kind(), generated.name(),
                new ContactDetails(null, generated.contact().phone()), generated.dateOfBirth(),
                generated.address()), PurposeId.SUITABILITY);
        LocalDate received = requests.today().minusDays(5);
        RequestId id = requests.receive(person.subject(), SubjectRequest.Kind.ACCESS, SubjectRequest.Channel.LETTER, received);

        MvcTestResult byMail = extend(id, 1, REASON);

        assertThat(byMail.getMvcResult().getFlashMap().get("refused")).isEqualTo("request.extension.noEmail");
        assertThat(requests.get(id).extensionMonths()).as("rolled back with the refusal").isZero();
        assertThat(queuedFor(person)).isZero();
        assertThat(mvc.get().uri("/dpo/requests/" + id.value()).with(dk.tillid.Flash.attribute("refused", "request.extension.noEmail"))
                .header("Accept-Language", "en").exchange()).bodyText().contains("has no e-mail address", "record a letter");

        LocalDate letterSent = requests.today().minusDays(1);
        MvcTestResult byLetter = mvc.post().uri("/dpo/requests/" + id.value() + "/extend-by-letter").with(csrf())
                .param("months", "1").param("reason", REASON).param("letterSentOn", letterSent.toString()).exchange();

        assertThat(byLetter.getMvcResult().getFlashMap().get("saved")).isEqualTo("request.extended");
        SubjectRequest request = requests.get(id);
        assertThat(request.dueOn()).isEqualTo(received.plusMonths(2));
        assertThat(request.extensionToldBy()).isEqualTo(SubjectRequest.Notice.LETTER);
        assertThat(request.extensionNotifiedOn()).isEqualTo(letterSent);
    }

    @Test
    void aPersonWithAnAddressIsToldByTillidNotByALetter() {
        PersonId person = register(people.next(PersonKind.CANDIDATE), unique("brev"));
        RequestId id = requests.receive(person.subject(), SubjectRequest.Kind.ACCESS, SubjectRequest.Channel.EMAIL,
                requests.today());

        MvcTestResult byLetter = mvc.post().uri("/dpo/requests/" + id.value() + "/extend-by-letter").with(csrf())
                .param("months", "1").param("reason", REASON).param("letterSentOn", requests.today().toString()).exchange();

        assertThat(byLetter.getMvcResult().getFlashMap().get("refused")).isEqualTo("request.extension.hasEmail");
        assertThat(requests.get(id).extensionMonths()).isZero();
    }

    private MvcTestResult extend(RequestId id, int months, String reason) {
        MvcTestResult result = mvc.post().uri("/dpo/requests/" + id.value() + "/extend").with(csrf())
                .param("months", String.valueOf(months)).param("reason", reason).exchange();
        assertThat(result).hasStatus3xxRedirection();
        return result;
    }

    private long queuedFor(PersonId person) {
        return jdbc.sql("SELECT count(*) FROM notification_outbox WHERE subject = :person").param("person", person.value())
                .query(Long.class).single();
    }

    private PersonId register(NewPerson generated, String email) {
        return persons.register(new NewPerson(generated.kind(), generated.name(),
                new ContactDetails(email, generated.contact().phone()), generated.dateOfBirth(),
                generated.address()), PurposeId.SUITABILITY);
    }

    private static RequestPostProcessor as(PersonId person) {
        return authentication(UsernamePasswordAuthenticationToken.authenticated(person.value().toString(), null,
                List.of(new SimpleGrantedAuthority(PersonSessions.AUTHORITY))));
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID() + "@example.dk";
    }
}

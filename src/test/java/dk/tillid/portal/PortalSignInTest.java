package dk.tillid.portal;

import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import dk.tillid.IntegrationTest;
import dk.tillid.MutableClock;
import dk.tillid.person.ContactDetails;
import dk.tillid.person.ContactEvent;
import dk.tillid.person.NewPerson;
import dk.tillid.person.PersonId;
import dk.tillid.person.PersonKind;
import dk.tillid.person.PersonName;
import dk.tillid.person.Persons;
import dk.tillid.policy.PurposeId;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import dk.tillid.identity.SessionCookies;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** Sign-in without a password: a link to the person's own address, once, for ten minutes. */
@IntegrationTest
class PortalSignInTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Persons persons;

    @Autowired
    GreenMail greenMail;

    @Autowired
    MutableClock clock;

    @Autowired
    PortalSignIns signIns;

    @AfterEach
    void reset() {
        clock.reset();
        signIns.forgetAttempts();
    }

    @Test
    void aPersonRegisteredByStaffSignsInWithTheMailedLinkOnceAndSeesTheirData() throws Exception {
        String email = "portal-" + UUID.randomUUID() + "@example.dk";
        PersonId person = persons.register(new NewPerson(PersonKind.CANDIDATE, new PersonName("Signe", "Portal"),
                new ContactDetails(email, null), null, null), PurposeId.SUITABILITY);

        var sent = mvc.post().uri("/portal/sign-in").with(csrf()).param("email", email.toUpperCase())
                .header("Accept-Language", "en").exchange();
        assertThat(sent).hasStatusOk();
        assertThat(sent).bodyText().contains("If the address is registered with us");
        String token = tokenMailedTo(email);

        assertThat(mvc.get().uri("/portal/sign-in/confirm?token=" + token).exchange()).hasStatusOk();
        var signedIn = mvc.post().uri("/portal/sign-in/confirm").with(csrf()).param("token", token).exchange();
        assertThat(signedIn).hasStatus3xxRedirection().redirectedUrl().isEqualTo("/portal");
        var session = SessionCookies.of(signedIn);

        assertThat(mvc.get().uri("/portal/details/email").cookie(session).exchange())
                .as("a sign-in by link is recent enough to change the address").hasStatusOk();
        var home = mvc.get().uri("/portal").cookie(session).header("Accept-Language", "en").exchange();
        assertThat(home).hasStatusOk();
        assertThat(home).bodyText().contains("Your page", "Signe", "Portal", email, "Why we have it, and on what legal basis",
                "GDPR art. 6(1)", "Who may receive it", "Where it comes from", "How long we keep it");
        assertThat(persons.contacts(person, PurposeId.DATA_SUBJECT_RIGHTS))
                .anySatisfy(contact -> assertThat(contact.kind()).isEqualTo(ContactEvent.Kind.PORTAL_LOGIN));

        assertThat(mvc.post().uri("/portal/sign-in/confirm").with(csrf()).param("token", token).exchange())
                .as("a link works once").hasStatus(400);
    }

    @Test
    void aPortalSessionEndsTwoHoursAfterTheSignInAndItsIdChangesAtSignIn() throws Exception {
        String email = "portal-" + UUID.randomUUID() + "@example.dk";
        persons.register(new NewPerson(PersonKind.CANDIDATE, new PersonName("Signe", "Tidsgrænse"),
                new ContactDetails(email, null), null, null), PurposeId.SUITABILITY);
        // A session that already exists (the login page makes one for its CSRF token) gets a new id at sign-in.
        var before = SessionCookies.of(mvc.get().uri("/login").exchange());
        mvc.post().uri("/portal/sign-in").cookie(before).with(csrf()).param("email", email)
                .header("Accept-Language", "en").exchange();
        var signedIn = mvc.post().uri("/portal/sign-in/confirm").cookie(before).with(csrf())
                .param("token", tokenMailedTo(email)).exchange();
        assertThat(signedIn).redirectedUrl().isEqualTo("/portal");
        var session = SessionCookies.of(signedIn);
        assertThat(session.getValue()).as("a new session id at sign-in").isNotEqualTo(before.getValue());

        clock.advance(Duration.ofHours(1).plusMinutes(59));
        assertThat(mvc.get().uri("/portal").cookie(session).exchange()).hasStatusOk();
        clock.advance(Duration.ofMinutes(1));
        assertThat(mvc.get().uri("/portal").cookie(session).exchange()).redirectedUrl().endsWith("/portal/sign-in");
    }

    @Test
    void anUnknownAddressGetsTheSameAnswerAndNoMail() {
        String email = "nobody-" + UUID.randomUUID() + "@example.dk";

        var sent = mvc.post().uri("/portal/sign-in").with(csrf()).param("email", email)
                .header("Accept-Language", "en").exchange();

        assertThat(sent).hasStatusOk();
        assertThat(sent).bodyText().contains("If the address is registered with us");
        assertThat(receivedBy(email)).isEmpty();
    }

    @Test
    void aStoredAddressNoMailCanGoToGetsTheSameAnswerAsAnUnknownOne() {
        String email = "signe(privat)-" + UUID.randomUUID() + "@example.dk";
        persons.register(new NewPerson(PersonKind.CANDIDATE, new PersonName("Signe", "Parentes"), new ContactDetails(email, null),
                null, null), PurposeId.SUITABILITY);

        var sent = mvc.post().uri("/portal/sign-in").with(csrf()).param("email", email)
                .header("Accept-Language", "en").exchange();

        assertThat(sent).hasStatusOk();
        assertThat(sent).bodyText().contains("If the address is registered with us");
    }

    @Test
    void aLinkExpiresAfterTenMinutes() throws Exception {
        String email = "late-" + UUID.randomUUID() + "@example.dk";
        persons.register(new NewPerson(PersonKind.CANDIDATE, new PersonName("Sen", "Klik"), new ContactDetails(email, null),
                null, null), PurposeId.SUITABILITY);
        mvc.post().uri("/portal/sign-in").with(csrf()).param("email", email).exchange();
        String token = tokenMailedTo(email);

        clock.advance(Duration.ofMinutes(11));

        assertThat(mvc.post().uri("/portal/sign-in/confirm").with(csrf()).param("token", token).exchange()).hasStatus(400);
    }

    @Test
    void askingTooOftenForOneAddressIsSlowedDown() {
        String email = "many-" + UUID.randomUUID() + "@example.dk";
        for (int i = 0; i < 5; i++) {
            assertThat(mvc.post().uri("/portal/sign-in").with(csrf()).param("email", email).exchange()).hasStatusOk();
        }

        var sixth = mvc.post().uri("/portal/sign-in").with(csrf()).param("email", email).header("Accept-Language", "en").exchange();

        assertThat(sixth).hasStatus(429);
        assertThat(sixth).bodyText().contains("Too many sign-in links");
    }

    @Test
    void visitorsAreSentToTheSignInAndStaffHaveNoPortal() {
        assertThat(mvc.get().uri("/portal").exchange()).hasStatus3xxRedirection().redirectedUrl()
                .endsWith("/portal/sign-in");
    }

    @Test
    @WithMockUser(username = "recruiter-portal", roles = "RECRUITER")
    void aStaffLoginIsNoPortalLogin() {
        assertThat(mvc.get().uri("/portal").exchange()).hasStatus(403);
    }

    private String tokenMailedTo(String email) throws Exception {
        assertThat(greenMail.waitForIncomingEmail(5000, 1)).isTrue();
        for (int attempt = 0; attempt < 50; attempt++) {
            MimeMessage[] mails = receivedBy(email);
            if (mails.length > 0) {
                Matcher token = Pattern.compile("token=([A-Za-z0-9_-]+)").matcher(GreenMailUtil.getBody(mails[0]));
                assertThat(token.find()).isTrue();
                return token.group(1);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no mail to the address");
    }

    private MimeMessage[] receivedBy(String email) {
        return java.util.Arrays.stream(greenMail.getReceivedMessages()).filter(message -> {
            try {
                return message.getAllRecipients()[0].toString().equalsIgnoreCase(email);
            } catch (Exception e) {
                return false;
            }
        }).toArray(MimeMessage[]::new);
    }
}

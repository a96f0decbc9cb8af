package dk.tillid.identity;

import java.time.Duration;
import java.util.EnumSet;
import java.util.UUID;

import dk.tillid.IntegrationTest;
import dk.tillid.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

/** A new account signs in with its one-time password and can do nothing before choosing its own. */
@IntegrationTest
class FirstLoginTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    MutableClock clock;

    String username;
    String oneTimePassword;

    @BeforeEach
    void newRecruiter() {
        username = "recruiter-" + UUID.randomUUID().toString().substring(0, 8);
        oneTimePassword = accounts.create(username, "Test Recruiter", EnumSet.of(Role.RECRUITER)).orElseThrow();
    }

    @Test
    void theFirstLoginLeadsToThePasswordChangeAndNowhereElse() {
        MvcTestResult login = login(username, oneTimePassword);
        assertThat(login).hasStatus3xxRedirection().redirectedUrl().isEqualTo("/account/password");
        Cookie session = session(login);

        for (String page : new String[] {"/staff", "/dpo/record-of-processing", "/anything"}) {
            assertThat(mvc.get().uri(page).cookie(session).exchange()).as(page)
                    .hasStatus3xxRedirection().redirectedUrl().isEqualTo("/account/password");
        }
        assertThat(mvc.get().uri("/account/password").cookie(session).header("Accept-Language", "en").exchange())
                .hasStatusOk().bodyText().contains("This is your first login");
    }

    @Test
    void aWrongCurrentPasswordIsRefusedWithAMessage() {
        Cookie session = session(login(username, oneTimePassword));

        assertThat(change(session, "not-the-password", "a long new passphrase", "a long new passphrase"))
                .hasStatusOk().bodyText().contains("The current password is wrong.");
    }

    @Test
    void theNewPasswordMustKeepTheRules() {
        Cookie session = session(login(username, oneTimePassword));

        assertThat(change(session, oneTimePassword, "short", "short")).bodyText()
                .contains("The new password must have 8 to 128 characters.");
        assertThat(change(session, oneTimePassword, "x".repeat(129), "x".repeat(129))).bodyText()
                .contains("The new password must have 8 to 128 characters.");
        assertThat(change(session, oneTimePassword, "a long new passphrase", "another passphrase")).bodyText()
                .contains("The two new passwords are not the same.");
        assertThat(change(session, oneTimePassword, username, username)).bodyText()
                .contains("The new password may not be your user name.");
        assertThat(change(session, oneTimePassword, oneTimePassword, oneTimePassword)).bodyText()
                .contains("The new password must differ from the current one.");
        assertThat(change(session, oneTimePassword, "Baseball", "Baseball")).bodyText()
                .contains("one of the 10,000 most common");
        assertThat(change(session, oneTimePassword, "  ILOVEYOU ", "  ILOVEYOU ")).bodyText()
                .contains("one of the 10,000 most common");
    }

    @Test
    void afterTheChangeTheRolesApplyAndOnlyTheNewPasswordWorks() {
        Cookie session = session(login(username, oneTimePassword));
        String sessionBefore = session.getValue();

        MvcTestResult changed = change(session, oneTimePassword, "blåbærgrød med fløde", "blåbærgrød med fløde");
        assertThat(changed).hasStatus3xxRedirection().redirectedUrl().isEqualTo("/account/second-factor");
        session = session(changed);
        assertThat(session.getValue()).as("a new session id after the change").isNotEqualTo(sessionBefore);
        // The second factor comes next, before anything else (T7).
        assertThat(mvc.get().uri("/staff").cookie(session).exchange())
                .hasStatus3xxRedirection().redirectedUrl().isEqualTo("/account/second-factor");

        assertThat(login(username, oneTimePassword)).redirectedUrl().isEqualTo("/login?error");
        assertThat(login(username, "blåbærgrød med fløde")).redirectedUrl().isEqualTo("/account/second-factor");
    }

    @Test
    void aOneTimePasswordLeftUnusedForADayNoLongerWorks() {
        clock.advance(Duration.ofHours(25));
        try {
            assertThat(login(username, oneTimePassword)).redirectedUrl().isEqualTo("/login?error");
        } finally {
            clock.reset();
        }
    }

    @Test
    void anUnknownUserAndAWrongPasswordGetTheSameAnswer() {
        assertThat(login("nobody-" + UUID.randomUUID(), "whatever-password")).redirectedUrl().isEqualTo("/login?error");
        assertThat(login(username, "whatever-password")).redirectedUrl().isEqualTo("/login?error");
        assertThat(mvc.get().uri("/login?error").header("Accept-Language", "en").exchange())
                .bodyText().contains("The user name or password is wrong.");
    }

    private MvcTestResult login(String user, String password) {
        return mvc.perform(formLogin("/login").user(user).password(password));
    }

    private MvcTestResult change(Cookie session, String current, String next, String confirmation) {
        return mvc.post().uri("/account/password").cookie(session).with(csrf()).header("Accept-Language", "en")
                .param("currentPassword", current).param("newPassword", next).param("confirmation", confirmation)
                .exchange();
    }

    private static Cookie session(MvcTestResult result) {
        return SessionCookies.of(result);
    }
}

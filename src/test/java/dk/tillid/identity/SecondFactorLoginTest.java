package dk.tillid.identity;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dk.tillid.IntegrationTest;
import dk.tillid.MutableClock;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The staff second factor through the web: enrolment before anything else, then password and code at
 * every login, each code once, recovery codes once, and re-authentication for changes.
 */
@IntegrationTest
class SecondFactorLoginTest {

    private static final String[] STAFF_PAGES = {"/staff", "/candidates", "/employees", "/dpo/record-of-processing",
            "/admin/accounts", "/account/password", "/anything"};

    @Autowired
    MockMvcTester mvc;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcClient jdbc;

    String username;
    String password;
    Instant now = Instant.parse("2026-03-02T09:00:10Z");

    @BeforeEach
    void newRecruiterWithOwnPassword() {
        clock.set(now);
        username = "twofactor-" + UUID.randomUUID().toString().substring(0, 8);
        String oneTime = accounts.create(username, "Test Recruiter", EnumSet.of(Role.RECRUITER)).orElseThrow();
        password = "en lang sætning om " + UUID.randomUUID();
        accounts.changePassword(username, oneTime, password);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void anAccountWithoutSecondFactorMustEnrolBeforeAnythingElseAndThenHasItsRoles() {
        Session session = session(login(password));
        assertThat(login(password)).redirectedUrl().isEqualTo("/account/second-factor");
        for (String page : STAFF_PAGES) {
            assertThat(mvc.get().uri(page).cookie(session.cookie()).exchange()).as(page)
                    .hasStatus3xxRedirection().redirectedUrl().isEqualTo("/account/second-factor");
        }
        assertThat(mvc.get().uri("/login/second-factor").cookie(session.cookie()).exchange())
                .redirectedUrl().isEqualTo("/account/second-factor");

        MvcTestResult page = mvc.get().uri("/account/second-factor").cookie(session.cookie()).header("Accept-Language", "en")
                .exchange();
        assertThat(page).hasStatusOk().bodyText().contains("Set up your second factor before you continue");
        String html = body(page);
        assertThat(html).contains("src=\"data:image/svg+xml;base64,");
        byte[] secret = secretOn(html);
        assertThat(body(mvc.get().uri("/account/second-factor").cookie(session.cookie()).exchange()))
                .as("the same key until confirmed").contains(Totp.base32(secret).substring(0, 4));
        assertThat(storedSecrets()).as("the key is stored encrypted")
                .noneMatch(stored -> new String(stored, StandardCharsets.ISO_8859_1)
                        .contains(new String(secret, StandardCharsets.ISO_8859_1)));

        assertThat(enrol(session, password, wrongCode(secret))).hasStatus(400).bodyText()
                .contains("The code is wrong or was already used.");
        assertThat(enrol(session, "not the password", code(secret, 0))).hasStatus(400).bodyText()
                .contains("The current password is wrong.");
        String sessionBefore = session.getId();
        MvcTestResult enrolled = enrol(session, password, code(secret, 0));
        assertThat(enrolled).hasStatusOk().bodyText().contains("Your second factor is set up.");
        assertThat(recoveryCodes(enrolled)).hasSize(10).doesNotHaveDuplicates();
        assertThat(session.getId()).as("a new session id with the roles").isNotEqualTo(sessionBefore);
        assertThat(mvc.get().uri("/staff").cookie(session.cookie()).exchange()).hasStatusOk();
        assertThat(mvc.get().uri("/candidates").cookie(session.cookie()).exchange()).hasStatusOk();
        assertThat(mvc.get().uri("/dpo/record-of-processing").cookie(session.cookie()).exchange()).hasStatus(403);
    }

    @Test
    void afterThePasswordOnlyTheCodePageOpensAndEachCodeWorksOnce() {
        byte[] secret = enrolled();

        MvcTestResult passwordStep = login(password);
        assertThat(passwordStep).redirectedUrl().isEqualTo("/login/second-factor");
        Session session = session(passwordStep);
        for (String page : STAFF_PAGES) {
            assertThat(mvc.get().uri(page).cookie(session.cookie()).exchange()).as(page)
                    .hasStatus3xxRedirection().redirectedUrl().isEqualTo("/login/second-factor");
        }
        assertThat(mvc.get().uri("/account/second-factor").cookie(session.cookie()).exchange())
                .redirectedUrl().isEqualTo("/login/second-factor");
        assertThat(mvc.get().uri("/login/second-factor").cookie(session.cookie()).header("Accept-Language", "en").exchange())
                .hasStatusOk().bodyText().contains("Enter the 6-digit code");

        assertThat(secondStep(session, wrongCode(secret))).hasStatus(400).bodyText()
                .contains("The code is wrong or was already used.");
        assertThat(mvc.get().uri("/staff").cookie(session.cookie()).exchange()).redirectedUrl().isEqualTo("/login/second-factor");
        String sessionBefore = session.getId();
        String code = code(secret, 1);
        assertThat(secondStep(session, code)).redirectedUrl().isEqualTo("/staff");
        assertThat(session.getId()).isNotEqualTo(sessionBefore);
        assertThat(mvc.get().uri("/staff").cookie(session.cookie()).exchange()).hasStatusOk();
        assertThat(mvc.get().uri("/candidates").cookie(session.cookie()).exchange()).hasStatusOk();

        Session again = session(login(password));
        assertThat(secondStep(again, code)).as("the same code a second time").hasStatus(400);
        assertThat(mvc.get().uri("/staff").cookie(again.cookie()).exchange()).redirectedUrl().isEqualTo("/login/second-factor");
        clock.advance(Duration.ofSeconds(30));
        assertThat(secondStep(again, code(secret, 1))).as("the next step's code").redirectedUrl().isEqualTo("/staff");
    }

    @Test
    void aRecoveryCodeOpensOneLoginOnly() {
        List<String> codes = new ArrayList<>();
        enrolled(codes);

        Session first = session(login(password));
        assertThat(secondStep(first, codes.get(3).toUpperCase().replace("-", " "))).redirectedUrl().isEqualTo("/staff");
        assertThat(mvc.get().uri("/staff").cookie(first.cookie()).exchange()).hasStatusOk();

        Session second = session(login(password));
        assertThat(secondStep(second, codes.get(3))).hasStatus(400);
        assertThat(secondStep(second, codes.get(4))).redirectedUrl().isEqualTo("/staff");
    }

    @Test
    void fiveWrongCodesEndTheLoginAttempt() {
        byte[] secret = enrolled();
        Session session = session(login(password));
        for (int i = 1; i < SecondFactorController.ATTEMPTS_PER_LOGIN; i++) {
            assertThat(secondStep(session, wrongCode(secret))).hasStatus(400);
        }
        assertThat(secondStep(session, wrongCode(secret))).redirectedUrl().isEqualTo("/login?error");
        assertThat(mvc.get().uri("/login/second-factor").cookie(session.cookie()).exchange())
                .as("the attempt's session is gone").hasStatus3xxRedirection().redirectedUrl().endsWith("/login");
    }

    @Test
    void wrongCodesAreCountedPerAccountAcrossSignInsNotPerSession() {
        byte[] secret = enrolled();
        for (int signIn = 0; signIn < 2; signIn++) {
            Session session = session(login(password));
            for (int i = 0; i < SecondFactorController.ATTEMPTS_PER_LOGIN; i++) {
                secondStep(session, wrongCode(secret));
            }
        }
        Session third = session(login(password));
        assertThat(secondStep(third, code(secret, 1))).as("ten wrong codes: even the right one waits").hasStatus(400);

        clock.advance(SecondFactors.CODE_FAILURE_WINDOW.plusSeconds(30));
        Session later = session(login(password));
        assertThat(secondStep(later, code(secret, 0))).redirectedUrl().isEqualTo("/staff");
    }

    @Test
    void changingThePasswordTheFactorOrTheRecoveryCodesAsksForPasswordAndCodeAgain() {
        byte[] secret = enrolled();
        Session session = session(login(password));
        assertThat(secondStep(session, code(secret, 1))).redirectedUrl().isEqualTo("/staff");
        clock.advance(Duration.ofSeconds(60));

        assertThat(mvc.get().uri("/account/password").cookie(session.cookie()).header("Accept-Language", "en").exchange())
                .bodyText().contains("A code from your authenticator app now");
        String newPassword = "en anden lang sætning " + UUID.randomUUID();
        assertThat(changePassword(session, newPassword, "")).hasStatusOk().bodyText()
                .contains("The code from your authenticator app is wrong or was already used.");
        assertThat(login(newPassword)).as("the refused change changed nothing").redirectedUrl().isEqualTo("/login?error");
        assertThat(changePassword(session, newPassword, code(secret, 0))).redirectedUrl().isEqualTo("/staff?passwordChanged");
        assertThat(mvc.get().uri("/staff").cookie(session.cookie()).exchange()).as("still fully signed in").hasStatusOk();
        password = newPassword;

        clock.advance(Duration.ofSeconds(30));
        var noCode = mvc.post().uri("/account/second-factor/recovery-codes").cookie(session.cookie()).with(csrf())
                .header("Accept-Language", "en").param("currentPassword", password).param("currentCode", "").exchange();
        assertThat(noCode).hasStatus(400).bodyText().contains("wrong or was already used");
        var wrongPassword = mvc.post().uri("/account/second-factor/recovery-codes").cookie(session.cookie()).with(csrf())
                .header("Accept-Language", "en").param("currentPassword", "not it").param("currentCode", code(secret, 0))
                .exchange();
        assertThat(wrongPassword).hasStatus(400).bodyText().contains("The current password is wrong.");
        var renewed = mvc.post().uri("/account/second-factor/recovery-codes").cookie(session.cookie()).with(csrf())
                .param("currentPassword", password).param("currentCode", code(secret, 0)).exchange();
        assertThat(recoveryCodes(renewed)).hasSize(10);

        clock.advance(Duration.ofSeconds(30));
        byte[] newSecret = secretOn(body(mvc.get().uri("/account/second-factor").cookie(session.cookie()).exchange()));
        var withoutCurrent = mvc.post().uri("/account/second-factor").cookie(session.cookie()).with(csrf())
                .header("Accept-Language", "en").param("currentPassword", password)
                .param("newCode", code(newSecret, 0)).exchange();
        assertThat(withoutCurrent).hasStatus(400).bodyText().contains("wrong or was already used");
        var moved = session.follow(mvc.post().uri("/account/second-factor").cookie(session.cookie()).with(csrf())
                .param("currentPassword", password).param("currentCode", code(secret, 0))
                .param("newCode", code(newSecret, 0)).exchange());
        assertThat(moved).hasStatusOk();
        clock.advance(Duration.ofSeconds(30));
        Session later = session(login(password));
        assertThat(secondStep(later, code(secret, 0))).as("the old app's code").hasStatus(400);
        assertThat(secondStep(later, code(newSecret, 0))).redirectedUrl().isEqualTo("/staff");
    }

    @Test
    void theApiTakesOnlyTheApiPasswordMadeAfterPasswordAndCode() {
        byte[] secret = enrolled();
        assertThat(api(username, password)).as("the login password alone does not open the API").hasStatus(401);

        Session session = session(login(password));
        assertThat(secondStep(session, code(secret, 0))).redirectedUrl().isEqualTo("/staff");
        clock.advance(Duration.ofSeconds(30));
        var withoutCode = mvc.post().uri("/account/second-factor/api-password").cookie(session.cookie()).with(csrf())
                .param("currentPassword", password).param("currentCode", "").exchange();
        assertThat(withoutCode).hasStatus(400);
        var issued = mvc.post().uri("/account/second-factor/api-password").cookie(session.cookie()).with(csrf())
                .param("currentPassword", password).param("currentCode", code(secret, 0)).exchange();
        Matcher apiPassword = Pattern.compile("id=\"api-password\">([A-Za-z0-9]{32})<").matcher(body(issued));
        assertThat(apiPassword.find()).isTrue();

        assertThat(api(username, apiPassword.group(1))).hasStatusOk();
        assertThat(api(username, password)).hasStatus(401);
    }

    private MvcTestResult api(String user, String secret) {
        String basic = java.util.Base64.getEncoder().encodeToString((user + ":" + secret).getBytes(StandardCharsets.UTF_8));
        return mvc.get().uri("/api/v1/candidates").header("Authorization", "Basic " + basic).exchange();
    }

    private byte[] enrolled() {
        return enrolled(new ArrayList<>());
    }

    /** Enrolled through the page, with the confirming code of the step before now (so now's is unused). */
    private byte[] enrolled(List<String> recoveryCodes) {
        Session session = session(login(password));
        byte[] secret = secretOn(body(mvc.get().uri("/account/second-factor").cookie(session.cookie()).exchange()));
        MvcTestResult result = enrol(session, password, code(secret, -1));
        assertThat(result).hasStatusOk();
        recoveryCodes.addAll(recoveryCodes(result));
        return secret;
    }

    private String code(byte[] secret, int stepsFromNow) {
        return Totp.code(secret, Totp.step(clock.instant()) + stepsFromNow);
    }

    /** A code that is none of the accepted ones (now and one step either side). */
    private String wrongCode(byte[] secret) {
        for (int candidate = 0; ; candidate++) {
            String code = String.format("%06d", candidate);
            if (!code.equals(code(secret, -1)) && !code.equals(code(secret, 0)) && !code.equals(code(secret, 1))) {
                return code;
            }
        }
    }

    private static byte[] secretOn(String html) {
        Matcher secret = Pattern.compile("id=\"totp-secret\">([A-Z2-7 ]+)<").matcher(html);
        assertThat(secret.find()).as("the key is shown as text").isTrue();
        return Totp.fromBase32(secret.group(1));
    }

    private static List<String> recoveryCodes(MvcTestResult result) {
        Matcher codes = Pattern.compile("<code>([a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4})</code>").matcher(body(result));
        List<String> found = new ArrayList<>();
        while (codes.find()) {
            found.add(codes.group(1));
        }
        return found;
    }

    private List<byte[]> storedSecrets() {
        return jdbc.sql("SELECT coalesce(secret, pending_secret) FROM staff_totp t JOIN staff_account a ON a.id = t.account_id"
                        + " WHERE a.username = :username")
                .param("username", username).query((row, n) -> row.getBytes(1)).list();
    }

    private MvcTestResult login(String withPassword) {
        return mvc.perform(formLogin("/login").user(username).password(withPassword));
    }

    private MvcTestResult enrol(Session session, String withPassword, String newCode) {
        return session.follow(mvc.post().uri("/account/second-factor").cookie(session.cookie()).with(csrf()).header("Accept-Language", "en")
                .param("currentPassword", withPassword).param("newCode", newCode).exchange());
    }

    private MvcTestResult secondStep(Session session, String code) {
        return session.follow(mvc.post().uri("/login/second-factor").cookie(session.cookie()).with(csrf()).header("Accept-Language", "en")
                .param("code", code).exchange());
    }

    private MvcTestResult changePassword(Session session, String newPassword, String code) {
        return session.follow(mvc.post().uri("/account/password").cookie(session.cookie()).with(csrf()).header("Accept-Language", "en")
                .param("currentPassword", password).param("newPassword", newPassword)
                .param("confirmation", newPassword).param("currentCode", code).exchange());
    }

    private static Session session(MvcTestResult result) {
        return new Session(SessionCookies.of(result));
    }

    /** As a browser keeps it: the session cookie, replaced when an answer sets a new one (a new session id). */
    private static final class Session {

        private Cookie cookie;

        Session(Cookie cookie) {
            this.cookie = cookie;
        }

        Cookie cookie() {
            return cookie;
        }

        String getId() {
            return cookie.getValue();
        }

        MvcTestResult follow(MvcTestResult result) {
            Cookie renewed = result.getResponse().getCookie(SessionCookies.NAME);
            if (renewed != null && !renewed.getValue().isEmpty()) {
                cookie = new Cookie(SessionCookies.NAME, renewed.getValue());
            }
            return result;
        }
    }

    private static String body(MvcTestResult result) {
        try {
            return result.getMvcResult().getResponse().getContentAsString(StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}

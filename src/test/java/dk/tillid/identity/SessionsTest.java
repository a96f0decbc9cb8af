package dk.tillid.identity;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import dk.tillid.IntegrationTest;
import dk.tillid.MutableClock;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Staff sessions live in the database: a new id at login, gone at logout, ended at once when the
 * account is disabled or its roles change, and ended by the idle and the absolute timeout.
 */
@IntegrationTest
class SessionsTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    StaffSessions sessions;

    @Autowired
    StaffAccountRepository repository;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    LoginThrottle throttle;

    String username;
    String password;

    @BeforeEach
    void recruiter() {
        throttle.forgetAll();
        username = "sess-" + UUID.randomUUID().toString().substring(0, 8);
        password = StaffFixtures.account(context, username, List.of(Role.RECRUITER));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theLoginGetsANewSessionIdAndTheSessionIsInTheDatabase() {
        Cookie before = SessionCookies.of(mvc.get().uri("/login").exchange());
        MvcTestResult login = mvc.post().uri("/login").cookie(before).with(csrf())
                .param("username", username).param("password", password).exchange();

        assertThat(login).redirectedUrl().isEqualTo("/login/second-factor");
        Cookie between = SessionCookies.of(login);
        assertThat(between.getValue()).as("new session id at the password").isNotEqualTo(before.getValue());
        MvcTestResult code = secondStep(between);
        assertThat(code).redirectedUrl().isEqualTo("/staff");
        Cookie after = SessionCookies.of(code);
        assertThat(after.getValue()).as("and again with the roles").isNotEqualTo(between.getValue());
        assertThat(sessions.countOf(username)).isEqualTo(1);
        assertThat(mvc.get().uri("/staff").cookie(after).exchange()).hasStatusOk();
        assertThat(mvc.get().uri("/staff").cookie(before).exchange()).as("the old id opens nothing")
                .hasStatus3xxRedirection();
        assertThat(jdbc.sql("SELECT max_inactive_interval FROM spring_session WHERE principal_name = :u")
                .param("u", username).query(Integer.class).single()).as("idle timeout 30 min").isEqualTo(1800);
    }

    @Test
    void logoutDeletesTheSessionFromTheDatabase() {
        Cookie session = login();
        assertThat(mvc.post().uri("/logout").cookie(session).with(csrf()).exchange())
                .redirectedUrl().isEqualTo("/login?logout");

        assertThat(sessions.countOf(username)).isZero();
        assertThat(mvc.get().uri("/staff").cookie(session).exchange()).redirectedUrl().endsWith("/login");
    }

    @Test
    void anAdministratorResetsALostSecondFactorAndTheNextSignInSetsUpANewOne() {
        Cookie session = login();
        assertThat(mvc.post().uri("/admin/accounts/" + id() + "/second-factor/reset").with(user("boss").roles("RECRUITER"))
                .with(csrf()).exchange()).as("not an administrator").hasStatus(403);

        assertThat(mvc.post().uri("/admin/accounts/" + id() + "/second-factor/reset").with(user("boss").roles("ADMIN"))
                .with(csrf()).exchange()).redirectedUrl().isEqualTo("/admin/accounts?factorReset");

        assertThat(sessions.countOf(username)).as("signed out everywhere").isZero();
        assertThat(mvc.get().uri("/staff").cookie(session).exchange()).redirectedUrl().endsWith("/login");
        assertThat(loginResult()).as("the password leads to a new second factor first")
                .redirectedUrl().isEqualTo("/account/second-factor");
        assertThat(mvc.post().uri("/admin/accounts/" + UUID.randomUUID() + "/second-factor/reset")
                .with(user("boss").roles("ADMIN")).with(csrf()).exchange()).hasStatus(404);
    }

    @Test
    void changingThePasswordSignsOutEveryOtherSessionAndKeepsThisOne() {
        Cookie elsewhere = login();
        Cookie here = login();
        assertThat(sessions.countOf(username)).isEqualTo(2);

        String newPassword = "en helt ny lang sætning " + UUID.randomUUID();
        MvcTestResult changed = mvc.post().uri("/account/password").cookie(here).with(csrf())
                .param("currentPassword", password).param("newPassword", newPassword).param("confirmation", newPassword)
                .param("currentCode", StaffFixtures.code(username)).exchange();
        assertThat(changed).redirectedUrl().isEqualTo("/staff?passwordChanged");
        password = newPassword;

        assertThat(mvc.get().uri("/staff").cookie(SessionCookies.of(changed)).exchange()).as("this browser").hasStatusOk();
        assertThat(mvc.get().uri("/staff").cookie(elsewhere).exchange()).as("a session someone else may hold")
                .redirectedUrl().endsWith("/login");
        assertThat(sessions.countOf(username)).isEqualTo(1);
    }

    @Test
    void disablingTheAccountEndsAllItsSessionsAtOnce() {
        Cookie first = login();
        Cookie second = login();
        assertThat(sessions.countOf(username)).isEqualTo(2);

        assertThat(mvc.post().uri("/admin/accounts/" + id() + "/disable").with(user("boss").roles("ADMIN")).exchange())
                .as("without a CSRF token").hasStatus(403);
        assertThat(mvc.post().uri("/admin/accounts/" + id() + "/disable").with(user("boss").roles("RECRUITER"))
                .with(csrf()).exchange()).as("not an administrator").hasStatus(403);
        assertThat(sessions.countOf(username)).isEqualTo(2);

        assertThat(mvc.post().uri("/admin/accounts/" + id() + "/disable").with(user("boss").roles("ADMIN")).with(csrf())
                .exchange()).redirectedUrl().isEqualTo("/admin/accounts?disabled");

        assertThat(sessions.countOf(username)).isZero();
        for (Cookie session : List.of(first, second)) {
            assertThat(mvc.get().uri("/staff").cookie(session).exchange()).redirectedUrl().endsWith("/login");
        }
        assertThat(loginResult()).redirectedUrl().isEqualTo("/login?error");

        mvc.post().uri("/admin/accounts/" + id() + "/enable").with(user("boss").roles("ADMIN")).with(csrf()).exchange();
        assertThat(loginResult()).as("the password opens the second step again").redirectedUrl().isEqualTo("/login/second-factor");
    }

    @Test
    void changingTheRolesEndsTheSessionsAndTheNewRolesApplyAtTheNextLogin() {
        Cookie session = login();
        assertThat(mvc.get().uri("/candidates").cookie(session).exchange()).hasStatusOk();

        assertThat(mvc.post().uri("/admin/accounts/" + id() + "/roles").param("roles", "DPO")
                .with(user("boss").roles("ADMIN")).with(csrf()).exchange())
                .redirectedUrl().isEqualTo("/admin/accounts?rolesChanged");

        assertThat(mvc.get().uri("/candidates").cookie(session).exchange()).redirectedUrl().endsWith("/login");
        Cookie again = login();
        assertThat(mvc.get().uri("/candidates").cookie(again).exchange()).hasStatus(403);
        assertThat(repository.findByUsername(username).orElseThrow().roles()).containsExactly(Role.DPO);
    }

    @Test
    void anAdministratorCannotDisableThemselvesAndAnUnknownAccountIsNotFound() {
        assertThat(mvc.post().uri("/admin/accounts/" + id() + "/disable").with(user(username).roles("ADMIN"))
                .with(csrf()).exchange()).redirectedUrl().isEqualTo("/admin/accounts?notSelf");
        assertThat(repository.findByUsername(username).orElseThrow().enabled()).isTrue();
        assertThat(mvc.post().uri("/admin/accounts/" + UUID.randomUUID() + "/disable").with(user("boss").roles("ADMIN"))
                .with(csrf()).exchange()).hasStatus(404);
    }

    @Test
    void aSessionEndsTenHoursAfterItsLoginHoweverBusy() {
        Cookie session = login();
        clock.advance(Duration.ofHours(9).plusMinutes(59));
        assertThat(mvc.get().uri("/staff").cookie(session).exchange()).hasStatusOk();

        clock.advance(Duration.ofMinutes(1));
        assertThat(mvc.get().uri("/staff").cookie(session).exchange()).redirectedUrl().endsWith("/login");
        assertThat(sessions.countOf(username)).as("the expired session is deleted").isZero();
    }

    @Test
    void aSessionIdleForMoreThanThirtyMinutesIsGone() {
        Cookie session = login();
        // Spring Session measures idleness by the wall clock: the last access is moved back instead.
        jdbc.sql("UPDATE spring_session SET last_access_time = last_access_time - :ms WHERE principal_name = :u")
                .param("ms", Duration.ofMinutes(31).toMillis()).param("u", username).update();

        assertThat(mvc.get().uri("/staff").cookie(session).exchange()).redirectedUrl().endsWith("/login");
    }

    /** Password, then the code of the second factor: a staff member fully signed in. */
    private Cookie login() {
        MvcTestResult login = loginResult();
        assertThat(login).redirectedUrl().isEqualTo("/login/second-factor");
        MvcTestResult code = secondStep(SessionCookies.of(login));
        assertThat(code).redirectedUrl().isEqualTo("/staff");
        return SessionCookies.of(code);
    }

    private MvcTestResult secondStep(Cookie session) {
        return mvc.post().uri("/login/second-factor").cookie(session).with(csrf())
                .param("code", StaffFixtures.code(username)).exchange();
    }

    private MvcTestResult loginResult() {
        return mvc.post().uri("/login").with(csrf()).param("username", username).param("password", password).exchange();
    }

    private UUID id() {
        return repository.findByUsername(username).orElseThrow().id().value();
    }
}

package dk.tillid.identity;

import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import dk.tillid.IntegrationTest;
import dk.tillid.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** Password guessing is throttled per name and per network, with the same answer for names that are no account. */
@IntegrationTest
class LoginThrottleTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    LoginThrottle throttle;

    @Autowired
    MutableClock clock;

    String username;
    String password;

    @BeforeEach
    void account() {
        throttle.forgetAll();
        username = "thr-" + UUID.randomUUID().toString().substring(0, 8);
        password = StaffFixtures.account(context, username, List.of(Role.RECRUITER));
    }

    @AfterEach
    void reset() {
        clock.reset();
        throttle.forgetAll();
    }

    @Test
    void afterFiveFailuresEvenTheRightPasswordWaitsAndTheWaitIsSaid() {
        for (int i = 0; i < 5; i++) {
            assertThat(login(username, "wrong-" + i, "192.0.2.10")).redirectedUrl().isEqualTo("/login?error");
        }
        assertThat(login(username, password, "192.0.2.10")).redirectedUrl().isEqualTo("/login?tooMany=15");
        assertThat(login(username, password, "198.51.100.7"))
                .as("the owner elsewhere is not locked out by someone else's failures")
                .redirectedUrl().isEqualTo("/login/second-factor");
        assertThat(mvc.get().uri("/login?tooMany=15").header("Accept-Language", "en").exchange()).bodyText()
                .contains("Too many attempts; try again in 15 minutes.");

        clock.advance(Duration.ofMinutes(10));
        assertThat(login(username, password, "192.0.2.10")).redirectedUrl().isEqualTo("/login?tooMany=5");
        clock.advance(Duration.ofMinutes(5).plusSeconds(1));
        assertThat(login(username, password, "192.0.2.10")).redirectedUrl().isEqualTo("/login/second-factor");
    }

    @Test
    void aNameThatIsNoAccountIsThrottledTheSameWay() {
        String nobody = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 5; i++) {
            assertThat(login(nobody, "wrong-" + i, "192.0.2.20")).redirectedUrl().isEqualTo("/login?error");
            assertThat(login(username, "wrong-" + i, "192.0.2.21")).redirectedUrl().isEqualTo("/login?error");
        }
        assertThat(login(nobody, "x", "192.0.2.20")).redirectedUrl().isEqualTo("/login?tooMany=15");
        assertThat(login(username, "x", "192.0.2.21")).redirectedUrl().isEqualTo("/login?tooMany=15");
    }

    @Test
    void twentyFailuresFromOneNetworkStopItGuessingOtherNames() {
        for (int i = 0; i < 20; i++) {
            login("guess-" + i + "-" + UUID.randomUUID(), "wrong", "203.0.113." + (i + 1));
        }
        assertThat(login(username, password, "203.0.113.99")).redirectedUrl().isEqualTo("/login?tooMany=15");
        assertThat(login(username, password, "192.0.2.30")).as("another network").redirectedUrl().isEqualTo("/login/second-factor");
    }

    @Test
    void theApiIsThrottledWith429() {
        for (int i = 0; i < 5; i++) {
            assertThat(basic(username, "wrong-" + i)).hasStatus(401);
        }
        MvcTestResult refused = basic(username, password);
        assertThat(refused).hasStatus(429).headers().hasValue("Retry-After", "900");
        assertThat(refused).bodyText().contains("try again in 15 minutes");
    }

    @Test
    void aSuccessClearsTheNamesFailures() {
        for (int i = 0; i < 4; i++) {
            login(username, "wrong-" + i, "192.0.2.40");
        }
        assertThat(login(username, password, "192.0.2.40")).redirectedUrl().isEqualTo("/login/second-factor");
        for (int i = 0; i < 4; i++) {
            login(username, "wrong-" + i, "192.0.2.40");
        }
        assertThat(login(username, password, "192.0.2.40")).redirectedUrl().isEqualTo("/login/second-factor");
    }

    private MvcTestResult login(String user, String pw, String address) {
        return mvc.post().uri("/login").with(csrf()).with(request -> {
            request.setRemoteAddr(address);
            return request;
        }).param("username", user).param("password", pw).exchange();
    }

    private MvcTestResult basic(String user, String pw) {
        return mvc.get().uri("/api/v1/candidates").header("Authorization",
                "Basic " + Base64.getEncoder().encodeToString((user + ":" + pw).getBytes())).exchange();
    }
}

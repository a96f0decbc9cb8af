package dk.tillid.identity;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import dk.tillid.IntegrationTest;
import dk.tillid.TimingComparison;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * A wrong password for an existing account and any password for a name that is no account get the
 * same answer in about the same time (Spring Security hashes a dummy password for unknown names).
 */
@IntegrationTest
class LoginEnumerationTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    LoginThrottle throttle;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    StaffAccountRepository repository;

    @AfterEach
    void forget() {
        throttle.forgetAll();
    }

    @Test
    void anExistingAndAnUnknownNameGetTheSameAnswerInSimilarTime() {
        String existing = "enum-" + UUID.randomUUID().toString().substring(0, 8);
        StaffFixtures.account(context, existing, List.of(Role.RECRUITER));
        String unknown = "enum-" + UUID.randomUUID().toString().substring(0, 8);

        MvcTestResult known = login(existing);
        MvcTestResult other = login(unknown);
        assertThat(known.getResponse().getStatus()).isEqualTo(other.getResponse().getStatus()).isEqualTo(302);
        assertThat(known.getResponse().getRedirectedUrl()).isEqualTo(other.getResponse().getRedirectedUrl())
                .isEqualTo("/login?error");
        assertThat(known.getResponse().getContentAsByteArray()).isEqualTo(other.getResponse().getContentAsByteArray());

        TimingComparison.assertSimilar("staff login", 20, i -> login(existing), i -> login(unknown),
                Duration.ofMillis(40), 0.5);
    }

    /** A disabled account exists, but says so neither by its page nor by answering sooner. */
    @Test
    void aDisabledAccountAnswersAsAWrongPasswordDoesInSimilarTime() {
        String disabled = "enum-" + UUID.randomUUID().toString().substring(0, 8);
        StaffFixtures.account(context, disabled, List.of(Role.RECRUITER));
        accounts.disable(repository.findByUsername(disabled).orElseThrow().id());
        String unknown = "enum-" + UUID.randomUUID().toString().substring(0, 8);

        MvcTestResult refused = login(disabled);
        assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        assertThat(refused.getResponse().getContentAsByteArray()).isEqualTo(login(unknown).getResponse().getContentAsByteArray());
        TimingComparison.assertSimilar("disabled staff login", 20, i -> login(disabled), i -> login(unknown),
                Duration.ofMillis(40), 0.5);
    }

    private MvcTestResult login(String username) {
        throttle.forgetAll();
        return mvc.post().uri("/login").with(csrf()).param("username", username).param("password", "wrong password")
                .exchange();
    }
}

package dk.tillid.identity;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dk.tillid.MutableClock;
import dk.tillid.RepositoryTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first start creates an administrator whose one-time password reaches the console and no
 * log; unused, it expires after a day, and the next start issues a new one.
 */
@RepositoryTest
class FirstAdministratorTest {

    @Autowired
    StaffAccounts accounts;

    @Autowired
    StaffAccountRepository repository;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StaffUserDetailsService userDetails;

    @Autowired
    MutableClock clock;

    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

    @BeforeEach
    void captureLogs() {
        logs.start();
        root.addAppender(logs);
    }

    @AfterEach
    void stopCapturing() {
        root.detachAppender(logs);
        clock.reset();
    }

    @Test
    void onAnEmptyDatabaseTheAdministratorIsCreatedWithAOneTimePasswordShownOnce() {
        jdbc.sql("DELETE FROM staff_account").update();
        ByteArrayOutputStream console = new ByteArrayOutputStream();

        new FirstAdministrator(accounts, new PrintStream(console, true, StandardCharsets.UTF_8))
                .run(new DefaultApplicationArguments());

        Matcher printed = Pattern.compile("one-time password:\\s+(\\S+)").matcher(console.toString(StandardCharsets.UTF_8));
        assertThat(printed.find()).as("the password is printed to the console").isTrue();
        String password = printed.group(1);
        StaffAccount admin = repository.findByUsername("admin").orElseThrow();
        assertThat(passwordEncoder.matches(password, admin.passwordHash())).isTrue();
        assertThat(admin.passwordHash()).startsWith("{argon2}").doesNotContain(password);
        assertThat(admin.mustChangePassword()).isTrue();
        assertThat(admin.roles()).containsExactly(Role.ADMIN);
        assertThat(logs.list).extracting(ILoggingEvent::getFormattedMessage)
                .noneSatisfy(message -> assertThat(message).contains(password));
    }

    @Test
    void anUnusedOneTimePasswordExpiresAndARestartIssuesANewOne() {
        jdbc.sql("DELETE FROM staff_account").update();
        clock.set(Instant.parse("2026-12-01T08:00:00Z"));
        String first = printedPassword();

        clock.set(Instant.parse("2026-12-02T07:59:00Z"));
        assertThat(printedPassword()).as("within 24 hours nothing new is issued").isNull();
        assertThat(userDetails.loadUserByUsername("admin").isCredentialsNonExpired()).isTrue();

        clock.set(Instant.parse("2026-12-02T08:01:00Z"));
        assertThat(userDetails.loadUserByUsername("admin").isCredentialsNonExpired()).as("expired after a day").isFalse();
        String second = printedPassword();

        StaffAccount admin = repository.findByUsername("admin").orElseThrow();
        assertThat(second).isNotNull().isNotEqualTo(first);
        assertThat(passwordEncoder.matches(second, admin.passwordHash())).isTrue();
        assertThat(passwordEncoder.matches(first, admin.passwordHash())).isFalse();
        assertThat(admin.mustChangePassword()).isTrue();
        assertThat(userDetails.loadUserByUsername("admin").isCredentialsNonExpired()).isTrue();
    }

    @Test
    void anAdministratorWhoChoseAPasswordIsNeverReissuedOne() {
        jdbc.sql("DELETE FROM staff_account").update();
        clock.set(Instant.parse("2026-12-01T08:00:00Z"));
        accounts.changePassword("admin", printedPassword(), "en lang og god sætning");

        clock.set(Instant.parse("2027-06-01T08:00:00Z"));

        assertThat(printedPassword()).isNull();
    }

    private String printedPassword() {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        new FirstAdministrator(accounts, new PrintStream(console, true, StandardCharsets.UTF_8))
                .run(new DefaultApplicationArguments());
        Matcher printed = Pattern.compile("one-time password:\\s+(\\S+)").matcher(console.toString(StandardCharsets.UTF_8));
        return printed.find() ? printed.group(1) : null;
    }

    @Test
    void whenAccountsExistNothingIsCreatedOrPrinted() {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        long before = repository.count();
        assertThat(before).isPositive();

        new FirstAdministrator(accounts, new PrintStream(console, true, StandardCharsets.UTF_8))
                .run(new DefaultApplicationArguments());

        assertThat(console.size()).isZero();
        assertThat(repository.count()).isEqualTo(before);
    }
}

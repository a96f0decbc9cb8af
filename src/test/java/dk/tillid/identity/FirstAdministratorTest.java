package dk.tillid.identity;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
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

/** The first start creates an administrator whose one-time password reaches the console and no log. */
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

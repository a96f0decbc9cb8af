package dk.tillid;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole application on a real port, driven by a real browser (Debian's Chromium through
 * Selenium, see {@link Browser}), with the same real SMTP server as the integration tests.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({IntegrationTest.TestClock.class, IntegrationTest.TestMail.class})
@ExtendWith(Browser.Available.class)
@Tag("browser")
public @interface BrowserTest {
}

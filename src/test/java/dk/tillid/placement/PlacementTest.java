package dk.tillid.placement;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import dk.tillid.IntegrationTest;
import org.springframework.context.annotation.Import;

/**
 * The application with placement's ports to the client and employment modules played by test
 * doubles (until those modules are merged): job orders and contacts the test sets up, a channel
 * that e-mails through the real outbox (GreenMail receives it), and a hiring desk that records calls.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@IntegrationTest
@Import(PlacementTestDoubles.class)
@interface PlacementTest {
}

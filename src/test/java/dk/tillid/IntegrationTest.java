package dk.tillid;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * The whole application on a real (embedded) PostgreSQL and a real SMTP server (GreenMail), with
 * MockMvc and a clock tests can move (the {@link MutableClock} is primary, so every {@code Clock}
 * injection gets it).
 * Every integration test uses this one configuration, so they share one started application.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
@Import({IntegrationTest.TestClock.class, IntegrationTest.TestMail.class})
public @interface IntegrationTest {

    @TestConfiguration(proxyBeanMethods = false)
    class TestClock {

        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock();
        }
    }

    /**
     * GreenMail on a free port; Boot's {@code JavaMailSender} sends to it. The host is also set
     * statically in the test {@code application.yml}: Boot decides whether to create a mail sender
     * from {@code spring.mail.host} while reading the configuration, before registrars run.
     */
    @TestConfiguration(proxyBeanMethods = false)
    class TestMail {

        @Bean(initMethod = "start", destroyMethod = "stop")
        GreenMail greenMail() {
            return new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        }

        @Bean
        DynamicPropertyRegistrar mailServer(GreenMail greenMail) {
            return registry -> {
                registry.add("spring.mail.host", () -> greenMail.getSmtp().getBindTo());
                registry.add("spring.mail.port", () -> greenMail.getSmtp().getPort());
            };
        }
    }
}

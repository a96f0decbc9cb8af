package dk.tillid;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.springframework.transaction.annotation.Transactional;

/**
 * A test of the SQL of a module. CI runs these twice: on the embedded PostgreSQL, and on Debian's
 * PostgreSQL server (Maven profile external-db), so both paths stay honest. Each test rolls back.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@IntegrationTest
@Transactional
@Tag("repository")
public @interface RepositoryTest {
}

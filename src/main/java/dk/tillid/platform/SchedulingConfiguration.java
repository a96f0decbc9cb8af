package dk.tillid.platform;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Background work (sealing the audit trail, later retention) runs on Spring's scheduler; not while
 * a backup is restored ({@code --restore}), when no job may touch the tables being emptied and loaded.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@Conditional(SchedulingConfiguration.NotRestoring.class)
class SchedulingConfiguration {

    static final class NotRestoring implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !context.getEnvironment().containsProperty("restore");
        }
    }
}

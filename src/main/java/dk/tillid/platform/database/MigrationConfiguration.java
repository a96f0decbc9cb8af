package dk.tillid.platform.database;

import java.util.HashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Migrations run as the schema's owner, the application as a role that owns nothing: so the
 * application cannot change what the migrations made read-only (the audit trail). The migrations
 * learn the application role's name as the placeholder {@code ${approle}}.
 */
@Configuration(proxyBeanMethods = false)
class MigrationConfiguration {

    static final String APPLICATION_ROLE_PLACEHOLDER = "approle";
    private static final Logger log = LoggerFactory.getLogger(MigrationConfiguration.class);

    @Bean
    FlywayConfigurationCustomizer migrationsRunAsTheOwner(Environment environment,
                                                          ObjectProvider<EmbeddedPostgresServer> embedded) {
        return configuration -> {
            EmbeddedPostgresServer server = embedded.getIfAvailable();
            String applicationRole;
            if (server != null) {
                configuration.dataSource(server.jdbcUrl(), server.ownerUsername(), server.ownerPassword());
                applicationRole = server.username();
            } else {
                applicationRole = environment.getProperty("spring.datasource.username");
                String owner = environment.getProperty("tillid.database.migration-user");
                if (StringUtils.hasText(owner)) {
                    configuration.dataSource(environment.getProperty("spring.datasource.url"), owner,
                            environment.getProperty("tillid.database.migration-password"));
                } else {
                    log.warn("The migrations run as the application's own database user, so the audit trail is"
                            + " protected by a trigger only. Set TILLID_DB_MIGRATION_USER and"
                            + " TILLID_DB_MIGRATION_PASSWORD to the schema owner for full protection.");
                }
            }
            Map<String, String> placeholders = new HashMap<>(configuration.getPlaceholders());
            placeholders.put(APPLICATION_ROLE_PLACEHOLDER, applicationRole);
            configuration.placeholders(placeholders);
        };
    }
}

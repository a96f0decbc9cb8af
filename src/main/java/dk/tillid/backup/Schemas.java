package dk.tillid.backup;

import org.flywaydb.core.Flyway;
import org.springframework.stereotype.Component;

/**
 * The application's own migrations (locations, placeholders such as the application role), run
 * against any database and up to any version: a scratch database rebuilt to a backup's version, or
 * the configured one emptied and rebuilt for a restore.
 */
@Component
class Schemas {

    private final Flyway flyway;

    Schemas(Flyway flyway) {
        this.flyway = flyway;
    }

    String currentVersion() {
        var current = flyway.info().current();
        if (current == null || current.getVersion() == null) {
            throw new BackupFailure("The database has no schema version");
        }
        return current.getVersion().getVersion();
    }

    /** Migrates the database up to {@code version} (null: the newest). */
    void migrate(DatabaseLogin database, String version) {
        migrations(database, version).migrate();
    }

    /** Drops everything in the schema: only ever for a restore, which rebuilds it at once. */
    void clean(DatabaseLogin database) {
        Flyway.configure().configuration(flyway.getConfiguration())
                .dataSource(database.url(), database.user(), database.password())
                .cleanDisabled(false).load().clean();
    }

    private Flyway migrations(DatabaseLogin database, String version) {
        var configuration = Flyway.configure().configuration(flyway.getConfiguration())
                .dataSource(database.url(), database.user(), database.password());
        return (version == null ? configuration.target("latest") : configuration.target(version)).load();
    }
}

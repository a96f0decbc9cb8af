package dk.tillid.backup;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.flywaydb.core.Flyway;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The database as the schema owner sees it (the application role cannot read every table, nor
 * empty the schema for a restore), and the server on which scratch databases are made to prove
 * each backup.
 */
@Component
class DatabaseAccess {

    static final String SCRATCH_PREFIX = "tillid_scratch_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final DatabaseLogin owner;
    private final DatabaseLogin scratchServer;

    DatabaseAccess(Flyway flyway, Environment environment, BackupProperties properties) {
        var migrations = flyway.getConfiguration();
        // The migrations run as the owner when one is configured (always with the embedded database);
        // otherwise the application's own user is the owner too.
        this.owner = StringUtils.hasText(migrations.getUrl())
                ? new DatabaseLogin(migrations.getUrl(), migrations.getUser(), migrations.getPassword())
                : new DatabaseLogin(environment.getProperty("spring.datasource.url"),
                environment.getProperty("spring.datasource.username"), environment.getProperty("spring.datasource.password"));
        this.scratchServer = StringUtils.hasText(properties.verifyUrl())
                ? new DatabaseLogin(properties.verifyUrl(),
                StringUtils.hasText(properties.verifyUser()) ? properties.verifyUser() : owner.user(),
                StringUtils.hasText(properties.verifyUser()) ? properties.verifyPassword() : owner.password())
                : owner;
    }

    DatabaseLogin owner() {
        return owner;
    }

    /**
     * A new, empty database with a random name, or empty if this user may not create one (an
     * external server without CREATEDB and no {@code tillid.backup.verify-url}).
     */
    /**
     * A scratch database of its own. One a verification left behind (the instance was killed before
     * its drop) is a full copy of the data: dropped first. Only the holder of the backup lock verifies.
     */
    Optional<DatabaseLogin> createScratch() throws SQLException {
        String name = SCRATCH_PREFIX + HexFormat.of().formatHex(randomBytes());
        try (Connection connection = scratchServer.connect(); Statement sql = connection.createStatement()) {
            List<String> stale = new ArrayList<>();
            try (ResultSet left = sql.executeQuery("SELECT datname FROM pg_database WHERE datname LIKE '" + SCRATCH_PREFIX + "%'")) {
                while (left.next()) {
                    stale.add(left.getString(1));
                }
            }
            for (String database : stale) {
                if (database.matches(SCRATCH_PREFIX + "[0-9a-f]+")) {
                    sql.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
                }
            }
            sql.execute("CREATE DATABASE " + name + " ENCODING 'UTF8'");
        } catch (SQLException e) {
            if ("42501".equals(e.getSQLState())) { // insufficient_privilege
                return Optional.empty();
            }
            throw e;
        }
        return Optional.of(scratchServer.onDatabase(name));
    }

    void dropScratch(DatabaseLogin scratch) throws SQLException {
        if (!scratch.database().startsWith(SCRATCH_PREFIX)) {
            throw new IllegalArgumentException("Only scratch databases are dropped");
        }
        try (Connection connection = scratchServer.connect(); Statement sql = connection.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + scratch.database() + " WITH (FORCE)");
        }
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[8];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}

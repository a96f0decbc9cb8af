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
            // Only those nobody is connected to: one in use is another verification's (or a restore's target).
            List<String> stale = new ArrayList<>();
            try (ResultSet left = sql.executeQuery("SELECT d.datname FROM pg_database d WHERE d.datname LIKE '" + SCRATCH_PREFIX
                    + "%' AND NOT EXISTS (SELECT 1 FROM pg_stat_activity a WHERE a.datname = d.datname)")) {
                while (left.next()) {
                    stale.add(left.getString(1));
                }
            }
            for (String database : stale) {
                if (database.matches(SCRATCH_PREFIX + "[0-9a-f]+")) {
                    try {
                        sql.execute("DROP DATABASE IF EXISTS " + database);
                    } catch (SQLException inUseAfterAll) {
                        // Someone connected in the meantime: it was not left behind after all.
                    }
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
            // A connection just closed can linger a moment on the server; FORCE would have to terminate
            // it, which only its own role may do. Wait for it first, then force what is really still there.
            for (int attempt = 0; attempt < 50; attempt++) {
                try {
                    sql.execute("DROP DATABASE IF EXISTS " + scratch.database());
                    return;
                } catch (SQLException inUse) {
                    if (!"55006".equals(inUse.getSQLState())) { // object_in_use
                        throw inUse;
                    }
                    sleep();
                }
            }
            sql.execute("DROP DATABASE IF EXISTS " + scratch.database() + " WITH (FORCE)");
        }
    }

    private static void sleep() throws SQLException {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("Interrupted while waiting to drop a scratch database", e);
        }
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[8];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}

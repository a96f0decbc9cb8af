package dk.tillid.privacy.retention;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;

/**
 * Lets one sweep run at a time across every instance of Tillid that shares the database: a
 * PostgreSQL session lock, held on a connection of its own for as long as the sweep runs. If the
 * instance dies, its connection closes and the lock goes with it; no stale claim to clear.
 */
@Component
class SweepLock {

    /** Any fixed number, distinct from the other advisory locks in Tillid. */
    private static final long SWEEP = 7_381_002L;

    private final DataSource dataSource;

    SweepLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Runs {@code work} while holding the lock; empty, without running it, if another holds it. */
    <T> Optional<T> whileHeld(Supplier<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            if (!call(connection, "SELECT pg_try_advisory_lock(?)")) {
                return Optional.empty();
            }
            try {
                return Optional.of(work.get());
            } finally {
                call(connection, "SELECT pg_advisory_unlock(?)");
            }
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("The retention sweep's lock could not be taken", e);
        }
    }

    private static boolean call(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, SWEEP);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }
}

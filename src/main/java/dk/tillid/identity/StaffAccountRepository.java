package dk.tillid.identity;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class StaffAccountRepository {

    private static final String COLUMNS = """
            id, username, display_name, password_hash, roles, must_change_password, enabled, created_at,
            password_set_at, version""";

    private final JdbcClient jdbc;

    StaffAccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts unless the username is taken; true if this call created the account. */
    boolean insertIfAbsent(StaffAccount account) {
        return jdbc.sql("""
                        INSERT INTO staff_account (id, username, display_name, password_hash, roles,
                          must_change_password, enabled, created_at, password_set_at, version)
                        VALUES (:id, :username, :displayName, :passwordHash, string_to_array(:roles, ','),
                          :mustChange, :enabled, :createdAt, :passwordSetAt, 0)
                        ON CONFLICT (username) DO NOTHING""")
                .param("id", account.id().value())
                .param("username", account.username())
                .param("displayName", account.displayName())
                .param("passwordHash", account.passwordHash())
                .param("roles", account.roles().stream().map(Role::name).collect(Collectors.joining(",")))
                .param("mustChange", account.mustChangePassword())
                .param("enabled", account.enabled())
                .param("createdAt", Timestamp.from(account.createdAt()))
                .param("passwordSetAt", Timestamp.from(account.passwordSetAt()))
                .update() == 1;
    }

    void updatePassword(StaffAccount account) {
        int updated = jdbc.sql("""
                        UPDATE staff_account SET password_hash = :hash, must_change_password = :mustChange,
                          password_set_at = :setAt, version = version + 1
                        WHERE id = :id AND version = :version""")
                .param("hash", account.passwordHash())
                .param("mustChange", account.mustChangePassword())
                .param("setAt", Timestamp.from(account.passwordSetAt()))
                .param("id", account.id().value())
                .param("version", account.version())
                .update();
        if (updated != 1) {
            throw new OptimisticLockingFailureException("The staff account was changed meanwhile");
        }
    }

    /** Saves whether the account may sign in and with which roles. */
    void updateAccess(StaffAccount account) {
        int updated = jdbc.sql("""
                        UPDATE staff_account SET enabled = :enabled, roles = string_to_array(:roles, ','),
                          version = version + 1
                        WHERE id = :id AND version = :version""")
                .param("enabled", account.enabled())
                .param("roles", account.roles().stream().map(Role::name).collect(Collectors.joining(",")))
                .param("id", account.id().value())
                .param("version", account.version())
                .update();
        if (updated != 1) {
            throw new OptimisticLockingFailureException("The staff account was changed meanwhile");
        }
    }

    /** A stronger hash of the same password, when the encoder's settings have moved on. */
    void upgradeHash(String username, String hash) {
        jdbc.sql("UPDATE staff_account SET password_hash = :hash WHERE username = :username")
                .param("hash", hash)
                .param("username", StaffAccount.normalise(username))
                .update();
    }

    Optional<StaffAccount> findByUsername(String username) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM staff_account WHERE username = :username")
                .param("username", StaffAccount.normalise(username))
                .query(StaffAccountRepository::map)
                .optional();
    }

    Optional<StaffAccount> findById(StaffAccountId id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM staff_account WHERE id = :id")
                .param("id", id.value())
                .query(StaffAccountRepository::map)
                .optional();
    }

    List<StaffAccount> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM staff_account ORDER BY username")
                .query(StaffAccountRepository::map)
                .list();
    }

    long count() {
        return jdbc.sql("SELECT count(*) FROM staff_account").query(Long.class).single();
    }

    private static StaffAccount map(ResultSet row, int rowNumber) throws SQLException {
        Array roles = row.getArray("roles");
        EnumSet<Role> roleSet = EnumSet.noneOf(Role.class);
        Arrays.stream((String[]) roles.getArray()).map(Role::valueOf).forEach(roleSet::add);
        return new StaffAccount(
                new StaffAccountId(row.getObject("id", UUID.class)),
                row.getString("username"),
                row.getString("display_name"),
                row.getString("password_hash"),
                roleSet,
                row.getBoolean("must_change_password"),
                row.getBoolean("enabled"),
                row.getTimestamp("created_at").toInstant(),
                row.getTimestamp("password_set_at").toInstant(),
                row.getInt("version"));
    }
}

package dk.tillid.identity;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The encrypted TOTP secrets and the hashed recovery codes of staff accounts. */
@Repository
class SecondFactorRepository {

    private final JdbcClient jdbc;

    SecondFactorRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Stored(byte[] secret, long lastUsedStep, byte[] pendingSecret) {

        boolean enrolled() {
            return secret != null;
        }
    }

    Optional<Stored> find(StaffAccountId account) {
        return jdbc.sql("SELECT secret, last_used_step, pending_secret FROM staff_totp WHERE account_id = :id")
                .param("id", account.value())
                .query((row, n) -> new Stored(row.getBytes("secret"), row.getLong("last_used_step"),
                        row.getBytes("pending_secret")))
                .optional();
    }

    boolean enrolled(StaffAccountId account) {
        return find(account).map(Stored::enrolled).orElse(false);
    }

    void savePending(StaffAccountId account, byte[] encryptedSecret, Instant now) {
        jdbc.sql("""
                        INSERT INTO staff_totp (account_id, pending_secret, pending_since) VALUES (:id, :secret, :now)
                        ON CONFLICT (account_id) DO UPDATE SET pending_secret = :secret, pending_since = :now""")
                .param("id", account.value())
                .param("secret", encryptedSecret)
                .param("now", Timestamp.from(now))
                .update();
    }

    /** The pending secret becomes the factor; the step of the confirming code counts as used. */
    void confirm(StaffAccountId account, byte[] encryptedSecret, long usedStep, Instant now) {
        jdbc.sql("""
                        UPDATE staff_totp SET secret = :secret, enrolled_at = :now, last_used_step = :step,
                          pending_secret = NULL, pending_since = NULL
                        WHERE account_id = :id""")
                .param("id", account.value())
                .param("secret", encryptedSecret)
                .param("now", Timestamp.from(now))
                .param("step", usedStep)
                .update();
    }

    /** True if this call spent the step: of two requests with the same code, only one wins. */
    boolean spendStep(StaffAccountId account, long step) {
        return jdbc.sql("UPDATE staff_totp SET last_used_step = :step WHERE account_id = :id AND last_used_step < :step")
                .param("id", account.value())
                .param("step", step)
                .update() == 1;
    }

    void replaceRecoveryCodes(StaffAccountId account, List<String> hashes, Instant now) {
        jdbc.sql("DELETE FROM staff_recovery_code WHERE account_id = :id").param("id", account.value()).update();
        for (String hash : hashes) {
            jdbc.sql("INSERT INTO staff_recovery_code (account_id, code_hash, created_at) VALUES (:id, :hash, :now)")
                    .param("id", account.value())
                    .param("hash", hash)
                    .param("now", Timestamp.from(now))
                    .update();
        }
    }

    /** True if the code was unused and is now spent. */
    boolean spendRecoveryCode(StaffAccountId account, String hash, Instant now) {
        return jdbc.sql("""
                        UPDATE staff_recovery_code SET used_at = :now
                        WHERE account_id = :id AND code_hash = :hash AND used_at IS NULL""")
                .param("id", account.value())
                .param("hash", hash)
                .param("now", Timestamp.from(now))
                .update() == 1;
    }

    int unusedRecoveryCodes(StaffAccountId account) {
        return jdbc.sql("SELECT count(*) FROM staff_recovery_code WHERE account_id = :id AND used_at IS NULL")
                .param("id", account.value())
                .query(Integer.class)
                .single();
    }

    /**
     * Forgets the account's second factor, its recovery codes and its API password (made with that
     * factor): what an administrator does for someone who lost their phone and their codes.
     */
    void forget(StaffAccountId account) {
        for (String table : List.of("staff_recovery_code", "staff_api_password", "staff_totp")) {
            jdbc.sql("DELETE FROM " + table + " WHERE account_id = :id").param("id", account.value()).update();
        }
    }

    int codeFailuresSince(StaffAccountId account, Instant since) {
        return jdbc.sql("SELECT count(*) FROM staff_code_failure WHERE account_id = :id AND failed_at > :since")
                .param("id", account.value()).param("since", Timestamp.from(since)).query(Integer.class).single();
    }

    void codeFailed(StaffAccountId account, Instant at) {
        jdbc.sql("INSERT INTO staff_code_failure (account_id, failed_at) VALUES (:id, :at)")
                .param("id", account.value()).param("at", Timestamp.from(at)).update();
    }

    void forgetCodeFailures(StaffAccountId account) {
        jdbc.sql("DELETE FROM staff_code_failure WHERE account_id = :id").param("id", account.value()).update();
    }
}

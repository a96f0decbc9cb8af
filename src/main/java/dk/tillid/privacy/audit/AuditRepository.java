package dk.tillid.privacy.audit;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Entries arrive in {@code audit_pending} (inside the transaction of the change they record, or in
 * batches for reads); the sealer moves them, in the order they became visible, into the
 * hash-chained {@code audit_event}, which the application may only append to.
 */
@Repository
class AuditRepository {

    /** Any fixed number: the transaction-scoped lock that lets one instance seal at a time. */
    private static final long SEALER_LOCK = 7_381_001L;
    private static final String ENTRY_COLUMNS = "occurred_at, actor_kind, actor_id, subject_id, categories, purpose, action, detail";

    record Pending(long id, AuditEntry entry) {
    }

    record Sealed(long position, AuditEntry entry, byte[] previousHash, byte[] hash) {
    }

    record Head(long position, byte[] hash) {
        static final Head GENESIS = new Head(0, AuditChain.GENESIS);
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    AuditRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    void insertPending(List<AuditEntry> entries) {
        template.batchUpdate("INSERT INTO audit_pending (" + ENTRY_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)", entries, 500,
                (statement, entry) -> bind(statement, 1, entry));
    }

    boolean trySealerLock() {
        return Boolean.TRUE.equals(jdbc.sql("SELECT pg_try_advisory_xact_lock(:lock)").param("lock", SEALER_LOCK)
                .query(Boolean.class).single());
    }

    List<Pending> pending(int limit) {
        return jdbc.sql("SELECT id, " + ENTRY_COLUMNS + " FROM audit_pending ORDER BY id LIMIT :limit")
                .param("limit", limit)
                .query((row, n) -> new Pending(row.getLong("id"), entry(row)))
                .list();
    }

    Head head() {
        return jdbc.sql("SELECT position, hash FROM audit_event ORDER BY position DESC LIMIT 1")
                .query((row, n) -> new Head(row.getLong(1), row.getBytes(2)))
                .optional().orElse(Head.GENESIS);
    }

    void appendSealed(List<Sealed> rows) {
        template.batchUpdate("INSERT INTO audit_event (position, " + ENTRY_COLUMNS + ", previous_hash, hash)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows, 500,
                (statement, row) -> {
                    statement.setLong(1, row.position());
                    bind(statement, 2, row.entry());
                    statement.setBytes(10, row.previousHash());
                    statement.setBytes(11, row.hash());
                });
    }

    void deletePending(List<Long> ids) {
        jdbc.sql("DELETE FROM audit_pending WHERE id = ANY(:ids)")
                .param("ids", ids.toArray(Long[]::new))
                .update();
    }

    /** Sealed rows in chain order, after {@code position}, for the verifier. */
    List<Sealed> sealedAfter(long position, int limit) {
        return jdbc.sql("SELECT position, " + ENTRY_COLUMNS + ", previous_hash, hash FROM audit_event"
                        + " WHERE position > :position ORDER BY position LIMIT :limit")
                .param("position", position)
                .param("limit", limit)
                .query((row, n) -> new Sealed(row.getLong("position"), entry(row), row.getBytes("previous_hash"),
                        row.getBytes("hash")))
                .list();
    }

    /** The newest sealed rows, optionally of one subject or one actor, before a position (for paging). */
    List<Sealed> newest(Optional<UUID> subject, Optional<String> actorId, long beforePosition, int limit) {
        return jdbc.sql("SELECT position, " + ENTRY_COLUMNS + ", previous_hash, hash FROM audit_event"
                        + " WHERE position < :before"
                        + subject.map(s -> " AND subject_id = :subject").orElse("")
                        + actorId.map(a -> " AND actor_id = :actor").orElse("")
                        + " ORDER BY position DESC LIMIT :limit")
                .param("before", beforePosition)
                .param("subject", subject.orElse(null))
                .param("actor", actorId.orElse(null))
                .param("limit", limit)
                .query((row, n) -> new Sealed(row.getLong("position"), entry(row), row.getBytes("previous_hash"),
                        row.getBytes("hash")))
                .list();
    }

    private static void bind(PreparedStatement statement, int first, AuditEntry entry) throws SQLException {
        statement.setTimestamp(first, Timestamp.from(entry.occurredAt()));
        statement.setString(first + 1, entry.actor().kind().name());
        statement.setString(first + 2, entry.actor().id());
        statement.setObject(first + 3, entry.subject(), Types.OTHER);
        statement.setArray(first + 4, statement.getConnection().createArrayOf("text", entry.categories().toArray()));
        statement.setString(first + 5, entry.purpose());
        statement.setString(first + 6, entry.action().name());
        statement.setString(first + 7, entry.detail());
    }

    private static AuditEntry entry(ResultSet row) throws SQLException {
        return new AuditEntry(
                row.getTimestamp("occurred_at").toInstant(),
                new Actor(Actor.Kind.valueOf(row.getString("actor_kind")), row.getString("actor_id")),
                row.getObject("subject_id", UUID.class),
                Arrays.asList((String[]) row.getArray("categories").getArray()),
                row.getString("purpose"),
                AuditAction.valueOf(row.getString("action")),
                row.getString("detail"));
    }
}

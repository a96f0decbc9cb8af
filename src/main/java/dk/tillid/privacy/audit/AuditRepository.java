package dk.tillid.privacy.audit;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Changes arrive in {@code audit_pending}, inside the transaction of the change they record; the
 * sealer moves them, with the buffered reads, into {@code audit_block}: consecutive entries per
 * row, hash-chained row to row. The application may only append blocks.
 */
@Repository
class AuditRepository {

    /** Any fixed number: the transaction-scoped lock that lets one instance seal at a time. */
    private static final long SEALER_LOCK = 7_381_001L;
    private static final String PENDING_COLUMNS = "occurred_at, actor_kind, actor_id, subject_id, categories, purpose, action, detail";
    private static final int BLOCKS_PER_QUERY = 50;

    record Pending(long id, AuditEntry entry) {
    }

    /** One entry with its place in the chain. */
    record Sealed(long position, AuditEntry entry) {
    }

    record Block(long firstPosition, long lastPosition, List<UUID> subjects, List<String> actors, byte[] entries,
                 byte[] previousHash, byte[] hash) {
    }

    record Head(long lastPosition, byte[] hash) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    AuditRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    void insertPending(List<AuditEntry> entries) {
        template.batchUpdate("INSERT INTO audit_pending (" + PENDING_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)", entries, 500,
                AuditRepository::bindPending);
    }

    boolean trySealerLock() {
        return Boolean.TRUE.equals(jdbc.sql("SELECT pg_try_advisory_xact_lock(:lock)").param("lock", SEALER_LOCK)
                .query(Boolean.class).single());
    }

    List<Pending> pending(int limit) {
        return jdbc.sql("SELECT id, " + PENDING_COLUMNS + " FROM audit_pending ORDER BY id LIMIT :limit")
                .param("limit", limit)
                .query((row, n) -> new Pending(row.getLong("id"), pendingEntry(row)))
                .list();
    }

    void deletePending(List<Long> ids) {
        jdbc.sql("DELETE FROM audit_pending WHERE id = ANY(:ids)").param("ids", ids.toArray(Long[]::new)).update();
    }

    UUID chainId() {
        return jdbc.sql("SELECT chain_id FROM audit_chain").query(UUID.class).single();
    }

    Head head(UUID chainId) {
        return jdbc.sql("SELECT last_position, hash FROM audit_block ORDER BY first_position DESC LIMIT 1")
                .query((row, n) -> new Head(row.getLong(1), row.getBytes(2)))
                .optional().orElseGet(() -> new Head(0, AuditChain.genesis(chainId)));
    }

    long blocksBefore(long position) {
        return jdbc.sql("SELECT count(*) FROM audit_block WHERE first_position < :position")
                .param("position", position).query(Long.class).single();
    }

    void appendBlock(Block block, Instant sealedAt) {
        template.update(connection -> {
            PreparedStatement statement = connection.prepareStatement("""
                    INSERT INTO audit_block (first_position, last_position, sealed_at, subjects, actors, entries,
                      previous_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""");
            statement.setLong(1, block.firstPosition());
            statement.setLong(2, block.lastPosition());
            statement.setTimestamp(3, Timestamp.from(sealedAt));
            statement.setArray(4, connection.createArrayOf("uuid", block.subjects().toArray()));
            statement.setArray(5, connection.createArrayOf("text", block.actors().toArray()));
            statement.setBytes(6, block.entries());
            statement.setBytes(7, block.previousHash());
            statement.setBytes(8, block.hash());
            return statement;
        });
    }

    /** Blocks in chain order after {@code position}, for the verifier. */
    List<Block> blocksAfter(long position, int limit) {
        return jdbc.sql("SELECT * FROM audit_block WHERE first_position > :position ORDER BY first_position LIMIT :limit")
                .param("position", position)
                .param("limit", limit)
                .query(AuditRepository::block)
                .list();
    }

    /** The newest entries before a position, optionally of one subject or one actor (for paging). */
    List<Sealed> newest(Optional<UUID> subject, Optional<String> actorId, long beforePosition, int limit) {
        List<Sealed> found = new ArrayList<>();
        long before = beforePosition;
        while (found.size() < limit) {
            List<Block> blocks = jdbc.sql("SELECT * FROM audit_block WHERE first_position < :before"
                            + subject.map(s -> " AND subjects @> ARRAY[CAST(:subject AS uuid)]").orElse("")
                            + actorId.map(a -> " AND actors @> ARRAY[CAST(:actor AS text)]").orElse("")
                            + " ORDER BY first_position DESC LIMIT :limit")
                    .param("before", before)
                    .param("subject", subject.map(UUID::toString).orElse(null))
                    .param("actor", actorId.orElse(null))
                    .param("limit", BLOCKS_PER_QUERY)
                    .query(AuditRepository::block)
                    .list();
            for (Block block : blocks) {
                List<AuditEntry> entries = AuditChain.decode(block.entries());
                for (int i = entries.size() - 1; i >= 0 && found.size() < limit; i--) {
                    long position = block.firstPosition() + i;
                    AuditEntry entry = entries.get(i);
                    if (position < beforePosition && subject.map(s -> s.equals(entry.subject())).orElse(true)
                            && actorId.map(a -> a.equals(entry.actor().id())).orElse(true)) {
                        found.add(new Sealed(position, entry));
                    }
                }
                before = block.firstPosition();
            }
            if (blocks.size() < BLOCKS_PER_QUERY) {
                break;
            }
        }
        return found;
    }

    private static void bindPending(PreparedStatement statement, AuditEntry entry) throws SQLException {
        statement.setTimestamp(1, Timestamp.from(entry.occurredAt()));
        statement.setString(2, entry.actor().kind().name());
        statement.setString(3, entry.actor().id());
        statement.setObject(4, entry.subject(), Types.OTHER);
        statement.setArray(5, statement.getConnection().createArrayOf("text", entry.categories().toArray()));
        statement.setString(6, entry.purpose());
        statement.setString(7, entry.action().name());
        statement.setString(8, entry.detail());
    }

    private static AuditEntry pendingEntry(ResultSet row) throws SQLException {
        return new AuditEntry(
                row.getTimestamp("occurred_at").toInstant(),
                new Actor(Actor.Kind.valueOf(row.getString("actor_kind")), row.getString("actor_id")),
                row.getObject("subject_id", UUID.class),
                Arrays.asList((String[]) row.getArray("categories").getArray()),
                row.getString("purpose"),
                AuditAction.valueOf(row.getString("action")),
                row.getString("detail"));
    }

    private static Block block(ResultSet row, int n) throws SQLException {
        return new Block(row.getLong("first_position"), row.getLong("last_position"),
                list(row.getArray("subjects"), UUID.class), list(row.getArray("actors"), String.class),
                row.getBytes("entries"), row.getBytes("previous_hash"), row.getBytes("hash"));
    }

    private static <T> List<T> list(Array array, Class<T> type) throws SQLException {
        Object[] values = (Object[]) array.getArray();
        List<T> list = new ArrayList<>(values.length);
        for (Object value : values) {
            list.add(type.cast(value));
        }
        return Collections.unmodifiableList(list);
    }
}

package dk.tillid.privacy.spi;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import dk.tillid.privacy.SubjectId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The record of every erasure, with no personal data in it: a pseudonymous id, the categories
 * deleted and kept, the rule, UTC time. It proves what was erased, and a restore replays it.
 */
@Service
public class DeletionLog {

    /** One erasure; {@code kept} reads e.g. "P-DATA-9 until 2031-12-31". */
    public record Entry(long id, SubjectId subject, List<String> deleted, List<String> kept, String rule,
                        boolean keyDestroyed, Instant erasedAt) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final Clock clock;
    private final DeletionJournal journal;

    DeletionLog(JdbcClient jdbc, JdbcTemplate template, Clock clock, DeletionJournal journal) {
        this.jdbc = jdbc;
        this.template = template;
        this.clock = clock;
        this.journal = journal;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void record(SubjectId subject, List<String> deleted, List<ErasureReport.Kept> kept, String rule, boolean keyDestroyed) {
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS); // as PostgreSQL keeps it, so the journal's copy is equal
        List<String> keptAsLogged = kept.stream().map(DeletionLog::describe).distinct().toList();
        long id = jdbc.sql("""
                        INSERT INTO deletion_log (subject_id, deleted, kept, rule, key_destroyed, erased_at)
                        VALUES (:subject, :deleted, :kept, :rule, :keyDestroyed, :at) RETURNING id""")
                .param("subject", subject.value())
                .param("deleted", deleted.toArray(String[]::new))
                .param("kept", keptAsLogged.toArray(String[]::new))
                .param("rule", rule)
                .param("keyDestroyed", keyDestroyed)
                .param("at", Timestamp.from(at))
                .query(Long.class).single();
        journal.append(List.of(new Entry(id, subject, deleted, keptAsLogged, rule, keyDestroyed, at)));
    }

    /** One person's erasure by the retention sweep: everything deleted, nothing kept. */
    record Swept(SubjectId subject, List<String> deleted, String rule) {
    }

    /** {@link #record} for a batch of the retention sweep's erasures, every key destroyed, in one round trip. */
    @Transactional(propagation = Propagation.MANDATORY)
    void recordAll(List<Swept> erasures) {
        Timestamp at = Timestamp.from(clock.instant().truncatedTo(ChronoUnit.MICROS));
        template.batchUpdate("""
                        INSERT INTO deletion_log (subject_id, deleted, kept, rule, key_destroyed, erased_at)
                        VALUES (?, ?, '{}', ?, true, ?)""", erasures, 500, (statement, erasure) -> {
                    statement.setObject(1, erasure.subject().value());
                    statement.setArray(2, statement.getConnection().createArrayOf("text", erasure.deleted().toArray()));
                    statement.setString(3, erasure.rule());
                    statement.setTimestamp(4, at);
                });
        // The journal gets the rows as stored, with their ids (a batch returns none): these people, this time.
        journal.append(jdbc.sql("""
                        SELECT * FROM deletion_log
                        WHERE erased_at = :at AND subject_id = ANY(:subjects) ORDER BY id""")
                .param("at", at)
                .param("subjects", erasures.stream().map(erasure -> erasure.subject().value()).toArray(UUID[]::new))
                .query(DeletionLog::entry)
                .list());
    }

    /** The newest entries first, at most {@code limit}. */
    @Transactional(readOnly = true)
    public List<Entry> latest(int limit) {
        return jdbc.sql("SELECT * FROM deletion_log ORDER BY id DESC LIMIT :limit")
                .param("limit", limit)
                .query(DeletionLog::entry)
                .list();
    }

    private static String describe(ErasureReport.Kept kept) {
        LocalDate until = kept.until();
        return kept.category() + " until " + until;
    }

    private static Entry entry(java.sql.ResultSet rs, int row) throws SQLException {
        return new Entry(rs.getLong("id"), new SubjectId(rs.getObject("subject_id", UUID.class)),
                strings(rs.getArray("deleted")), strings(rs.getArray("kept")), rs.getString("rule"),
                rs.getBoolean("key_destroyed"), rs.getTimestamp("erased_at").toInstant());
    }

    private static List<String> strings(Array array) throws SQLException {
        return Arrays.asList((String[]) array.getArray());
    }
}

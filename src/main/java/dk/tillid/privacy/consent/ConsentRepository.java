package dk.tillid.privacy.consent;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ConsentRepository {

    private static final String COLUMNS = "id, purpose, category, kind, wording_version, channel, occurred_at, recorded_by";

    private final JdbcClient jdbc;

    ConsentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void append(UUID subject, String purpose, String category, ConsentEvent.Kind kind, String wordingVersion,
                ConsentChannel channel, Instant at, String recordedBy) {
        jdbc.sql("INSERT INTO consent_event (subject_id, purpose, category, kind, wording_version, channel, occurred_at,"
                        + " recorded_by) VALUES (:subject, :purpose, :category, :kind, :version, :channel, :at, :by)")
                .param("subject", subject)
                .param("purpose", purpose)
                .param("category", category)
                .param("kind", kind.name())
                .param("version", wordingVersion)
                .param("channel", channel.name())
                .param("at", Timestamp.from(at))
                .param("by", recordedBy)
                .update();
    }

    /** Serialises give and withdraw of one scope until the transaction ends, so none is lost in a race. */
    void lockScope(UUID subject, String purpose, String category) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(:scope, 0))")
                .param("scope", subject + "|" + purpose + "|" + (category == null ? "" : category))
                .query((row, n) -> 1).single();
    }

    /** The newest fact for one scope: it alone says whether consent stands. */
    Optional<ConsentEvent> latest(UUID subject, String purpose, String category) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM consent_event WHERE subject_id = :subject AND purpose = :purpose"
                        + " AND category IS NOT DISTINCT FROM :category ORDER BY id DESC LIMIT 1")
                .param("subject", subject)
                .param("purpose", purpose)
                .param("category", category)
                .query(ConsentRepository::map)
                .optional();
    }

    List<ConsentEvent> history(UUID subject) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM consent_event WHERE subject_id = :subject ORDER BY id")
                .param("subject", subject)
                .query(ConsentRepository::map)
                .list();
    }

    /** People whose newest fact about the purpose as a whole is a consent given, in id order. */
    List<UUID> standing(String purpose, UUID after, int limit) {
        return jdbc.sql("""
                        SELECT subject_id FROM (
                          SELECT DISTINCT ON (subject_id) subject_id, kind FROM consent_event
                          WHERE purpose = :purpose AND category IS NULL AND subject_id > :after
                          ORDER BY subject_id, id DESC) latest
                        WHERE kind = 'GIVEN' ORDER BY subject_id LIMIT :limit""")
                .param("purpose", purpose).param("after", after).param("limit", limit)
                .query(UUID.class).list();
    }

    /** How many people currently consent, per purpose and category. */
    List<Object[]> standingCounts() {
        return jdbc.sql("""
                        SELECT purpose, category, count(*) FROM (
                          SELECT DISTINCT ON (subject_id, purpose, category) purpose, category, kind
                          FROM consent_event ORDER BY subject_id, purpose, category, id DESC) latest
                        WHERE kind = 'GIVEN' GROUP BY purpose, category ORDER BY purpose, category""")
                .query((row, n) -> new Object[] {row.getString(1), row.getString(2), row.getLong(3)})
                .list();
    }

    int deleteAll(UUID subject) {
        return jdbc.sql("DELETE FROM consent_event WHERE subject_id = :subject").param("subject", subject).update();
    }

    /** The people among these who had a consent event, all of which are now deleted. */
    List<UUID> deleteAll(UUID[] subjects) {
        return jdbc.sql("WITH gone AS (DELETE FROM consent_event WHERE subject_id = ANY(:subjects) RETURNING subject_id)"
                        + " SELECT DISTINCT subject_id FROM gone")
                .param("subjects", subjects).query(UUID.class).list();
    }

    private static ConsentEvent map(ResultSet row, int n) throws SQLException {
        return new ConsentEvent(row.getLong("id"), row.getString("purpose"), row.getString("category"),
                ConsentEvent.Kind.valueOf(row.getString("kind")), row.getString("wording_version"),
                ConsentChannel.valueOf(row.getString("channel")), row.getTimestamp("occurred_at").toInstant(),
                row.getString("recorded_by"));
    }
}

package dk.tillid.privacy.breach;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dk.tillid.privacy.SubjectId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The breach, breach_update and breach_notice tables. */
@Repository
class BreachRepository {

    private final JdbcClient jdbc;

    BreachRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Breach breach) {
        jdbc.sql("""
                        INSERT INTO breach (id, occurred_from, occurred_until, aware_at, description, categories,
                          people_affected, records_affected, consequences, measures, recorded_at, recorded_by)
                        VALUES (:id, :from, :until, :aware, :description, string_to_array(:categories, ','),
                          :people, :records, :consequences, :measures, :at, :by)""")
                .param("id", breach.id().value()).param("from", timestamp(breach.occurredFrom()))
                .param("until", timestamp(breach.occurredUntil())).param("aware", timestamp(breach.awareAt()))
                .param("description", breach.description()).param("categories", String.join(",", breach.categories()))
                .param("people", breach.peopleAffected()).param("records", breach.recordsAffected())
                .param("consequences", breach.consequences()).param("measures", breach.measures())
                .param("at", timestamp(breach.recordedAt())).param("by", breach.recordedBy())
                .update();
    }

    /** The breach, locked until the transaction ends so that two steps on it cannot cross. */
    Optional<Breach> lock(BreachId id) {
        return jdbc.sql("SELECT * FROM breach WHERE id = :id FOR UPDATE").param("id", id.value())
                .query(BreachRepository::breach).optional();
    }

    Optional<Breach> find(BreachId id) {
        return jdbc.sql("SELECT * FROM breach WHERE id = :id").param("id", id.value())
                .query(BreachRepository::breach).optional();
    }

    /** Open ones (authority question not settled) first, by deadline; then the rest, newest first. */
    List<Breach> latest(int limit) {
        return jdbc.sql("""
                        SELECT * FROM breach
                        ORDER BY (authority_notified_at IS NULL AND no_notification_reason IS NULL) DESC,
                          CASE WHEN authority_notified_at IS NULL AND no_notification_reason IS NULL THEN aware_at END,
                          aware_at DESC, id
                        LIMIT :limit""")
                .param("limit", limit).query(BreachRepository::breach).list();
    }

    void authorityNotified(BreachId id, Instant notifiedAt, String reference, Instant at, String by) {
        jdbc.sql("""
                        UPDATE breach SET authority_notified_at = :notified, authority_reference = :reference,
                          concluded_at = :at, concluded_by = :by WHERE id = :id""")
                .param("id", id.value()).param("notified", timestamp(notifiedAt)).param("reference", reference)
                .param("at", timestamp(at)).param("by", by).update();
    }

    void noNotificationNeeded(BreachId id, String reason, Instant at, String by) {
        jdbc.sql("UPDATE breach SET no_notification_reason = :reason, concluded_at = :at, concluded_by = :by WHERE id = :id")
                .param("id", id.value()).param("reason", reason).param("at", timestamp(at)).param("by", by).update();
    }

    void highRisk(BreachId id, String reasoning, String advice, Instant at, String by) {
        jdbc.sql("""
                        UPDATE breach SET high_risk = true, risk_reasoning = :reasoning, risk_advice = :advice,
                          risk_assessed_at = :at, risk_assessed_by = :by WHERE id = :id""")
                .param("id", id.value()).param("reasoning", reasoning).param("advice", advice)
                .param("at", timestamp(at)).param("by", by).update();
    }

    void addUpdate(BreachId id, Instant at, String by, String text) {
        jdbc.sql("INSERT INTO breach_update (id, breach_id, added_at, added_by, text) VALUES (:id, :breach, :at, :by, :text)")
                .param("id", UUID.randomUUID()).param("breach", id.value()).param("at", timestamp(at)).param("by", by)
                .param("text", text).update();
    }

    /** Oldest first: the phases in the order they came. */
    List<BreachUpdate> updatesOf(BreachId id) {
        return jdbc.sql("SELECT added_at, added_by, text FROM breach_update WHERE breach_id = :breach ORDER BY added_at, id")
                .param("breach", id.value())
                .query((row, n) -> new BreachUpdate(row.getTimestamp("added_at").toInstant(), row.getString("added_by"),
                        row.getString("text")))
                .list();
    }

    /** Records that the person was told (or could not be mailed); false if they had been already. */
    boolean recordNotice(BreachId id, SubjectId subject, Instant at, String by, BreachNoticeChannel.Outcome outcome) {
        return jdbc.sql("""
                        INSERT INTO breach_notice (id, breach_id, subject_id, notified_at, notified_by, outcome)
                        VALUES (:id, :breach, :subject, :at, :by, :outcome) ON CONFLICT (breach_id, subject_id) DO NOTHING""")
                .param("id", UUID.randomUUID()).param("breach", id.value()).param("subject", subject.value())
                .param("at", timestamp(at)).param("by", by).param("outcome", outcome.name()).update() == 1;
    }

    List<SubjectId> alreadyNotified(BreachId id) {
        return jdbc.sql("SELECT subject_id FROM breach_notice WHERE breach_id = :breach").param("breach", id.value())
                .query(UUID.class).list().stream().map(SubjectId::new).toList();
    }

    List<BreachNoticeRecord> noticesOf(BreachId id) {
        return jdbc.sql("""
                        SELECT breach_id, subject_id, notified_at, outcome FROM breach_notice
                        WHERE breach_id = :breach ORDER BY notified_at, subject_id""")
                .param("breach", id.value()).query(BreachRepository::notice).list();
    }

    List<BreachNoticeRecord> noticesTo(SubjectId subject) {
        return jdbc.sql("""
                        SELECT breach_id, subject_id, notified_at, outcome FROM breach_notice
                        WHERE subject_id = :subject ORDER BY notified_at""")
                .param("subject", subject.value()).query(BreachRepository::notice).list();
    }

    private static BreachNoticeRecord notice(ResultSet row, int n) throws SQLException {
        return new BreachNoticeRecord(new BreachId(row.getObject("breach_id", UUID.class)),
                new SubjectId(row.getObject("subject_id", UUID.class)), row.getTimestamp("notified_at").toInstant(),
                BreachNoticeChannel.Outcome.valueOf(row.getString("outcome")));
    }

    private static Breach breach(ResultSet row, int n) throws SQLException {
        return new Breach(new BreachId(row.getObject("id", UUID.class)), instant(row, "occurred_from"),
                instant(row, "occurred_until"), instant(row, "aware_at"), row.getString("description"),
                Arrays.asList((String[]) row.getArray("categories").getArray()), row.getInt("people_affected"),
                row.getInt("records_affected"), row.getString("consequences"), row.getString("measures"),
                instant(row, "recorded_at"), row.getString("recorded_by"), instant(row, "authority_notified_at"),
                row.getString("authority_reference"), row.getString("no_notification_reason"), row.getBoolean("high_risk"),
                row.getString("risk_reasoning"), row.getString("risk_advice"));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        Timestamp value = row.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}

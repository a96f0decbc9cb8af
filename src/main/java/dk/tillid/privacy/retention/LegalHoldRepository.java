package dk.tillid.privacy.retention;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dk.tillid.privacy.SubjectId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The legal_hold table. A hold not yet lifted is the person's one open hold (a unique index says so). */
@Repository
class LegalHoldRepository {

    private static final String COLUMNS =
            "id, subject_id, reason, ends_on, placed_at, placed_by, lifted_at, lifted_by, lift_reason";

    private final JdbcClient jdbc;

    LegalHoldRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(LegalHold hold) {
        jdbc.sql("""
                        INSERT INTO legal_hold (id, subject_id, reason, ends_on, placed_at, placed_by)
                        VALUES (:id, :subject, :reason, :endsOn, :at, :by)""")
                .param("id", hold.id()).param("subject", hold.subject().value()).param("reason", hold.reason())
                .param("endsOn", hold.endsOn()).param("at", Timestamp.from(hold.placedAt())).param("by", hold.placedBy())
                .update();
    }

    /** The person's hold not yet lifted, standing or run out; locked until the transaction ends. */
    Optional<LegalHold> openFor(SubjectId subject) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM legal_hold WHERE subject_id = :subject AND lifted_at IS NULL FOR UPDATE")
                .param("subject", subject.value()).query(LegalHoldRepository::hold).optional();
    }

    Optional<LegalHold> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM legal_hold WHERE id = :id FOR UPDATE").param("id", id)
                .query(LegalHoldRepository::hold).optional();
    }

    /** The last day of the person's hold standing on {@code today}, if one does. */
    Optional<LocalDate> standingUntil(SubjectId subject, LocalDate today) {
        return jdbc.sql("""
                        SELECT ends_on FROM legal_hold
                        WHERE subject_id = :subject AND lifted_at IS NULL AND ends_on >= :today""")
                .param("subject", subject.value()).param("today", today).query(LocalDate.class).optional();
    }

    /** Which of these people a hold stands on {@code today}. */
    List<UUID> standingAmong(UUID[] subjects, LocalDate today) {
        return jdbc.sql("""
                        SELECT subject_id FROM legal_hold
                        WHERE subject_id = ANY(:subjects) AND lifted_at IS NULL AND ends_on >= :today""")
                .param("subjects", subjects).param("today", today).query(UUID.class).list();
    }

    /** Closes the hold: {@code reason} null for one that had run out. */
    void lift(UUID id, Instant at, String by, String reason) {
        jdbc.sql("UPDATE legal_hold SET lifted_at = :at, lifted_by = :by, lift_reason = :reason WHERE id = :id")
                .param("id", id).param("at", Timestamp.from(at)).param("by", by).param("reason", reason).update();
    }

    /** Every hold ever placed on the person, newest first. */
    List<LegalHold> of(SubjectId subject) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM legal_hold WHERE subject_id = :subject ORDER BY placed_at DESC, id")
                .param("subject", subject.value()).query(LegalHoldRepository::hold).list();
    }

    int deleteOf(SubjectId subject) {
        return jdbc.sql("DELETE FROM legal_hold WHERE subject_id = :subject").param("subject", subject.value()).update();
    }

    /** The newest holds, those standing on {@code today} first, then by when they were placed. */
    List<LegalHold> latest(LocalDate today, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM legal_hold
                        ORDER BY (lifted_at IS NULL AND ends_on >= :today) DESC, placed_at DESC, id
                        LIMIT :limit""")
                .param("today", today).param("limit", limit).query(LegalHoldRepository::hold).list();
    }

    private static LegalHold hold(ResultSet row, int n) throws SQLException {
        Timestamp lifted = row.getTimestamp("lifted_at");
        return new LegalHold(row.getObject("id", UUID.class), new SubjectId(row.getObject("subject_id", UUID.class)),
                row.getString("reason"), row.getObject("ends_on", LocalDate.class), row.getTimestamp("placed_at").toInstant(),
                row.getString("placed_by"), lifted == null ? null : lifted.toInstant(), row.getString("lifted_by"),
                row.getString("lift_reason"));
    }
}

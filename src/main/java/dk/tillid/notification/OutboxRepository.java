package dk.tillid.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dk.tillid.notification.OutboxEntry.Status;
import dk.tillid.privacy.SubjectId;
import dk.tillid.privacy.keys.PersonalKeys;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class OutboxRepository {

    private static final String COLUMNS = "id, subject, kind, recipient, subject_line, status, created_at, attempts,"
            + " next_attempt_at, sent_at, last_error";

    /** The associated data of a sealed text: it opens only as this person's mail text. */
    static final String SEALED_FIELD = "notification_outbox.body";

    private final JdbcClient jdbc;
    private final PersonalKeys keys;

    OutboxRepository(JdbcClient jdbc, PersonalKeys keys) {
        this.jdbc = jdbc;
        this.keys = keys;
    }

    /** A claimed row: locked by the claiming transaction until it commits. */
    record Claimed(UUID id, SubjectId about, String kind, String to, String subject, String text, int attempts,
                   String listUnsubscribe) {

        boolean bulk() {
            return listUnsubscribe != null;
        }

        @Override
        public String toString() {
            return "Claimed[" + id + ", values hidden]";
        }
    }

    /** With {@code listUnsubscribe}, the mail is bulk. */
    void insert(UUID id, OutgoingEmail email, Instant now, boolean forgetWhenSent, String listUnsubscribe) {
        jdbc.sql("""
                        INSERT INTO notification_outbox (id, subject, kind, recipient, subject_line, body, sealed_body,
                                                         created_at, status, attempts, next_attempt_at, forget_when_sent,
                                                         bulk, list_unsubscribe)
                        VALUES (:id, :subject, :kind, :to, :subjectLine, :body, :sealed, :now, 'PENDING', 0, :now,
                                :forget, :bulk, :unsubscribe)""")
                .param("forget", forgetWhenSent)
                .param("bulk", listUnsubscribe != null)
                .param("unsubscribe", listUnsubscribe)
                .param("id", id)
                .param("subject", email.about() == null ? null : email.about().value())
                .param("kind", email.kind())
                .param("to", email.to())
                .param("subjectLine", email.subject())
                .param("body", email.about() == null ? email.text() : "")
                .param("sealed", email.about() == null ? null : keys.encryptText(email.about(), SEALED_FIELD, email.text()))
                .param("now", Timestamp.from(now))
                .update();
    }

    private static final String CLAIMED = "id, subject, kind, recipient, subject_line, body, sealed_body, attempts,"
            + " list_unsubscribe";

    /**
     * The next due row that no other transaction holds, mail people wait for before bulk mail (which
     * only with {@code bulkToo}). SKIP LOCKED lets several instances (and the after-commit delivery
     * beside the scheduled one) work side by side without sending a mail twice.
     */
    Optional<Claimed> claimDue(Instant now, boolean bulkToo) {
        return jdbc.sql("SELECT " + CLAIMED + " FROM notification_outbox"
                        + " WHERE status = 'PENDING' AND next_attempt_at <= :now" + (bulkToo ? "" : " AND NOT bulk")
                        + " ORDER BY bulk, next_attempt_at LIMIT 1 FOR UPDATE SKIP LOCKED")
                .param("now", Timestamp.from(now))
                .query(this::claimed)
                .optional();
    }

    /** How many bulk mails left since then (by every instance): what the rate limit counts. */
    int bulkSentSince(Instant since) {
        return jdbc.sql("SELECT count(*) FROM notification_outbox WHERE bulk AND status = 'SENT' AND sent_at > :since")
                .param("since", Timestamp.from(since)).query(Integer.class).single();
    }

    /** Not sent after all: its recipient no longer wants it. The text goes at once, as when sent. */
    void markSuppressed(UUID id, String reason) {
        jdbc.sql("UPDATE notification_outbox SET status = 'SUPPRESSED', suppressed_reason = :reason, body = '',"
                        + " sealed_body = NULL, list_unsubscribe = NULL WHERE id = :id")
                .param("id", id).param("reason", reason).update();
    }

    /** One row, if it still waits and nobody else holds it; its due time does not matter. */
    Optional<Claimed> claim(UUID id) {
        return jdbc.sql("SELECT " + CLAIMED + " FROM notification_outbox"
                        + " WHERE id = :id AND status = 'PENDING' FOR UPDATE SKIP LOCKED")
                .param("id", id)
                .query(this::claimed)
                .optional();
    }

    /**
     * Sent: the text goes at once (it may hold a confirmation link); the facts stay until the purge,
     * unless the row is to be forgotten once sent.
     */
    void markSent(UUID id, int attempts, Instant at) {
        jdbc.sql("DELETE FROM notification_outbox WHERE id = :id AND forget_when_sent").param("id", id).update();
        jdbc.sql("UPDATE notification_outbox SET status = 'SENT', attempts = :attempts, sent_at = :at, last_error = NULL,"
                        + " body = '', sealed_body = NULL, list_unsubscribe = NULL WHERE id = :id")
                .param("id", id).param("attempts", attempts).param("at", Timestamp.from(at)).update();
    }

    void markHeld(UUID id) {
        jdbc.sql("UPDATE notification_outbox SET status = 'HELD' WHERE id = :id").param("id", id).update();
    }

    void markRetry(UUID id, int attempts, Instant next, String error) {
        jdbc.sql("UPDATE notification_outbox SET attempts = :attempts, next_attempt_at = :next, last_error = :error"
                        + " WHERE id = :id")
                .param("id", id).param("attempts", attempts).param("next", Timestamp.from(next)).param("error", error)
                .update();
    }

    /** Failed for good: a mail to be forgotten goes at once (its address must not linger where no one sends it). */
    void markFailed(UUID id, int attempts, String error) {
        jdbc.sql("DELETE FROM notification_outbox WHERE id = :id AND forget_when_sent").param("id", id).update();
        jdbc.sql("UPDATE notification_outbox SET status = 'FAILED', attempts = :attempts, last_error = :error, body = '',"
                        + " sealed_body = NULL, list_unsubscribe = NULL WHERE id = :id")
                .param("id", id).param("attempts", attempts).param("error", error).update();
    }

    /** Everything not (yet) sent, newest first. */
    List<OutboxEntry> undelivered(int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM notification_outbox WHERE status <> 'SENT'"
                        + " ORDER BY created_at DESC, id LIMIT :limit")
                .param("limit", limit)
                .query(OutboxRepository::entry)
                .list();
    }

    Optional<OutboxEntry> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM notification_outbox WHERE id = :id")
                .param("id", id).query(OutboxRepository::entry).optional();
    }

    Optional<String> text(UUID id) {
        return jdbc.sql("SELECT subject, body, sealed_body FROM notification_outbox WHERE id = :id").param("id", id)
                .query((row, n) -> text(row)).optional();
    }

    List<OutboxEntry> about(SubjectId subject) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM notification_outbox WHERE subject = :subject ORDER BY created_at, id")
                .param("subject", subject.value()).query(OutboxRepository::entry).list();
    }

    int deleteAbout(SubjectId subject) {
        return jdbc.sql("DELETE FROM notification_outbox WHERE subject = :subject").param("subject", subject.value()).update();
    }

    /** The people among these whom a mail was about; all such mail is now deleted. */
    List<UUID> deleteAbout(UUID[] subjects) {
        return jdbc.sql("WITH gone AS (DELETE FROM notification_outbox WHERE subject = ANY(:subjects) RETURNING subject)"
                        + " SELECT DISTINCT subject FROM gone")
                .param("subjects", subjects).query(UUID.class).list();
    }

    int deleteSentBefore(Instant before) {
        return jdbc.sql("DELETE FROM notification_outbox WHERE status = 'SENT' AND sent_at < :before")
                .param("before", Timestamp.from(before)).update();
    }

    /** Held, failed, and anything still waiting that long: a mail that old is of no use and must not linger. */
    int deleteUndeliveredCreatedBefore(Instant before) {
        return jdbc.sql("DELETE FROM notification_outbox WHERE status <> 'SENT' AND created_at < :before")
                .param("before", Timestamp.from(before)).update();
    }

    private Claimed claimed(ResultSet row, int n) throws SQLException {
        UUID about = row.getObject("subject", UUID.class);
        return new Claimed(row.getObject("id", UUID.class), about == null ? null : new SubjectId(about),
                row.getString("kind"), row.getString("recipient"), row.getString("subject_line"), text(row),
                row.getInt("attempts"), row.getString("list_unsubscribe"));
    }

    /** The text, unsealed with the person's key; empty if that key is gone (the person was erased). */
    private String text(ResultSet row) throws SQLException {
        byte[] sealed = row.getBytes("sealed_body");
        if (sealed == null) {
            return row.getString("body");
        }
        return keys.decrypt(new SubjectId(row.getObject("subject", UUID.class)), SEALED_FIELD, sealed).text().orElse("");
    }

    private static OutboxEntry entry(ResultSet row, int n) throws SQLException {
        UUID subject = row.getObject("subject", UUID.class);
        return new OutboxEntry(row.getObject("id", UUID.class), subject == null ? null : new SubjectId(subject),
                row.getString("kind"), row.getString("recipient"), row.getString("subject_line"),
                Status.valueOf(row.getString("status")), instant(row, "created_at"), row.getInt("attempts"),
                instant(row, "next_attempt_at"), instant(row, "sent_at"), row.getString("last_error"));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        Timestamp value = row.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}

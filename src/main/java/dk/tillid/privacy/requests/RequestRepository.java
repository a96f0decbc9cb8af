package dk.tillid.privacy.requests;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dk.tillid.privacy.SubjectId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class RequestRepository {

    private final JdbcClient jdbc;

    RequestRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(SubjectRequest request, Instant at, String by) {
        jdbc.sql("""
                        INSERT INTO subject_request (id, subject_id, kind, channel, received_on, status, identity_requested_on,
                          paused_days, extension_months, extension_reason, extension_notified_on, extension_told_by, flag,
                          flag_reason, closed_on, answer, identity_verified_on, recorded_at, recorded_by)
                        VALUES (:id, :subject, :kind, :channel, :receivedOn, :status, :identityRequestedOn, :pausedDays,
                          :extensionMonths, :extensionReason, :extensionNotifiedOn, :extensionToldBy, :flag, :flagReason,
                          :closedOn, :answer, :identityVerifiedOn, :at, :by)""")
                .params(columns(request)).param("at", Timestamp.from(at)).param("by", by)
                .update();
    }

    void update(SubjectRequest request) {
        jdbc.sql("""
                        UPDATE subject_request SET status = :status, identity_requested_on = :identityRequestedOn,
                          paused_days = :pausedDays, extension_months = :extensionMonths, extension_reason = :extensionReason,
                          extension_notified_on = :extensionNotifiedOn, extension_told_by = :extensionToldBy, flag = :flag, flag_reason = :flagReason,
                          closed_on = :closedOn, answer = :answer, identity_verified_on = :identityVerifiedOn
                        WHERE id = :id""")
                .params(columns(request))
                .update();
    }

    Optional<SubjectRequest> find(RequestId id) {
        return jdbc.sql("SELECT * FROM subject_request WHERE id = :id").param("id", id.value())
                .query(RequestRepository::map).optional();
    }

    List<SubjectRequest> open() {
        return jdbc.sql("SELECT * FROM subject_request WHERE status IN ('OPEN', 'AWAITING_IDENTITY') ORDER BY received_on, id")
                .query(RequestRepository::map).list();
    }

    List<SubjectRequest> of(SubjectId subject) {
        return jdbc.sql("SELECT * FROM subject_request WHERE subject_id = :subject ORDER BY received_on DESC, id")
                .param("subject", subject.value()).query(RequestRepository::map).list();
    }

    /** Requests of the same kind from the same person received since {@code since}. */
    long sameKindSince(SubjectId subject, SubjectRequest.Kind kind, LocalDate since) {
        return jdbc.sql("SELECT count(*) FROM subject_request WHERE subject_id = :subject AND kind = :kind AND received_on >= :since")
                .param("subject", subject.value()).param("kind", kind.name()).param("since", Date.valueOf(since))
                .query(Long.class).single();
    }

    void insertStatement(RequestId id, String statement) {
        jdbc.sql("INSERT INTO request_statement (request_id, statement) VALUES (:id, :statement)")
                .param("id", id.value()).param("statement", statement).update();
    }

    Optional<String> statement(RequestId id) {
        return jdbc.sql("SELECT statement FROM request_statement WHERE request_id = :id").param("id", id.value())
                .query(String.class).optional();
    }

    /** The statements go with the requests (ON DELETE CASCADE). */
    int deleteOf(SubjectId subject) {
        return jdbc.sql("DELETE FROM subject_request WHERE subject_id = :subject").param("subject", subject.value()).update();
    }

    /** The people among these who had a request, all of which are now deleted (their statements with them). */
    List<UUID> deleteOf(UUID[] subjects) {
        return jdbc.sql("DELETE FROM subject_request WHERE subject_id = ANY(:subjects) RETURNING subject_id")
                .param("subjects", subjects).query(UUID.class).list();
    }

    /** The people among these with a request not yet answered (open, or waiting for proof of identity). */
    List<UUID> withOpenRequest(UUID[] subjects) {
        return jdbc.sql("""
                        SELECT DISTINCT subject_id FROM subject_request
                        WHERE subject_id = ANY(:subjects) AND status IN ('OPEN', 'AWAITING_IDENTITY')""")
                .param("subjects", subjects).query(UUID.class).list();
    }

    private static Map<String, Object> columns(SubjectRequest request) {
        Map<String, Object> columns = new HashMap<>();
        columns.put("id", request.id().value());
        columns.put("subject", request.subject().value());
        columns.put("kind", request.kind().name());
        columns.put("channel", request.channel().name());
        columns.put("receivedOn", Date.valueOf(request.receivedOn()));
        columns.put("status", request.status().name());
        columns.put("identityRequestedOn", date(request.identityRequestedOn()));
        columns.put("pausedDays", request.pausedDays());
        columns.put("extensionMonths", request.extensionMonths());
        columns.put("extensionReason", request.extensionReason());
        columns.put("extensionNotifiedOn", date(request.extensionNotifiedOn()));
        columns.put("extensionToldBy", request.extensionToldBy() == null ? null : request.extensionToldBy().name());
        columns.put("flag", request.flag() == null ? null : request.flag().name());
        columns.put("flagReason", request.flagReason());
        columns.put("closedOn", date(request.closedOn()));
        columns.put("answer", request.answer());
        columns.put("identityVerifiedOn", date(request.identityVerifiedOn()));
        return columns;
    }

    private static Date date(LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }

    private static LocalDate day(ResultSet row, String column) throws SQLException {
        Date date = row.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    private static SubjectRequest map(ResultSet row, int n) throws SQLException {
        String flag = row.getString("flag");
        String toldBy = row.getString("extension_told_by");
        return new SubjectRequest(new RequestId(row.getObject("id", UUID.class)), new SubjectId(row.getObject("subject_id", UUID.class)),
                SubjectRequest.Kind.valueOf(row.getString("kind")), SubjectRequest.Channel.valueOf(row.getString("channel")),
                day(row, "received_on"), SubjectRequest.Status.valueOf(row.getString("status")), day(row, "identity_requested_on"),
                row.getInt("paused_days"), row.getInt("extension_months"), row.getString("extension_reason"),
                day(row, "extension_notified_on"), toldBy == null ? null : SubjectRequest.Notice.valueOf(toldBy),
                flag == null ? null : SubjectRequest.Flag.valueOf(flag),
                row.getString("flag_reason"), day(row, "closed_on"), row.getString("answer"), day(row, "identity_verified_on"));
    }
}

package dk.tillid.rights;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import dk.tillid.privacy.SubjectId;
import dk.tillid.privacy.requests.RequestId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class RequestStepRepository {

    private final JdbcClient jdbc;

    RequestStepRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(SubjectId subject, RequestStep step, Instant at, String by) {
        jdbc.sql("""
                        INSERT INTO request_step (request_id, subject_id, step, categories, effective_at, recipient, recipient_name,
                          channel, note, consent_purpose, consent_category, lift_on, taken_at, taken_by)
                        VALUES (:request, :subject, :step, string_to_array(:categories, ','), :effectiveAt, :recipient,
                          :recipientName, :channel, :note, :consentPurpose, :consentCategory, :liftOn, :at, :by)""")
                .param("request", step.request().value())
                .param("subject", subject.value())
                .param("step", step.kind().name())
                .param("categories", step.categories().isEmpty() ? null : String.join(",", step.categories()))
                .param("effectiveAt", step.effectiveAt() == null ? null : Timestamp.from(step.effectiveAt()))
                .param("recipient", step.recipient())
                .param("recipientName", step.recipientName())
                .param("channel", step.channel() == null ? null : step.channel().name())
                .param("note", step.note())
                .param("consentPurpose", step.consentPurpose())
                .param("consentCategory", step.consentCategory())
                .param("liftOn", step.liftOn() == null ? null : java.sql.Date.valueOf(step.liftOn()))
                .param("at", Timestamp.from(at))
                .param("by", by)
                .update();
    }

    /** A re-recorded correction of a category replaces the one recorded before (rows are otherwise never changed). */
    void forgetCorrection(RequestId request, String category) {
        jdbc.sql("DELETE FROM request_step WHERE request_id = :request AND step = 'CORRECTED' AND categories = ARRAY[CAST(:category AS text)]")
                .param("request", request.value()).param("category", category).update();
    }

    List<RequestStep> of(RequestId request) {
        return jdbc.sql("SELECT * FROM request_step WHERE request_id = :request ORDER BY id")
                .param("request", request.value()).query(RequestStepRepository::map).list();
    }

    List<RequestStep> ofSubject(SubjectId subject) {
        return jdbc.sql("SELECT * FROM request_step WHERE subject_id = :subject ORDER BY id")
                .param("subject", subject.value()).query(RequestStepRepository::map).list();
    }

    int deleteOf(SubjectId subject) {
        return jdbc.sql("DELETE FROM request_step WHERE subject_id = :subject").param("subject", subject.value()).update();
    }

    /** The people among these who had a request step, all of which are now deleted. */
    List<UUID> deleteOf(UUID[] subjects) {
        return jdbc.sql("WITH gone AS (DELETE FROM request_step WHERE subject_id = ANY(:subjects) RETURNING subject_id)"
                        + " SELECT DISTINCT subject_id FROM gone")
                .param("subjects", subjects).query(UUID.class).list();
    }

    private static RequestStep map(ResultSet row, int n) throws SQLException {
        Array categories = row.getArray("categories");
        Timestamp effective = row.getTimestamp("effective_at");
        String channel = row.getString("channel");
        return new RequestStep(new RequestId(row.getObject("request_id", UUID.class)),
                RequestStep.Kind.valueOf(row.getString("step")),
                categories == null ? List.of() : Arrays.asList((String[]) categories.getArray()),
                effective == null ? null : effective.toInstant(), row.getString("recipient"), row.getString("recipient_name"),
                channel == null ? null : RequestStep.Channel.valueOf(channel), row.getString("note"),
                row.getString("consent_purpose"), row.getString("consent_category"), row.getObject("lift_on", LocalDate.class),
                row.getTimestamp("taken_at").toInstant());
    }
}

package dk.tillid.privacy.disclosure;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import dk.tillid.policy.Policy;
import dk.tillid.privacy.SubjectId;
import dk.tillid.privacy.audit.AuditAction;
import dk.tillid.privacy.audit.AuditTrail;
import dk.tillid.privacy.consent.ProcessingGrounds;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The only way personal data leaves the agency. A disclosure must fit the policy (the purpose names
 * the recipient and the categories, the legal basis is one both accept, protected categories have
 * their grounds); it is recorded and audited, and only then delivered, all in one transaction.
 */
@Service
public class Disclosures {

    private final Policy policy;
    private final ProcessingGrounds grounds;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final Clock clock;

    Disclosures(Policy policy, ProcessingGrounds grounds, AuditTrail audit, JdbcClient jdbc, Clock clock) {
        this.policy = policy;
        this.grounds = grounds;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** One person's data to one recipient. */
    @Transactional
    public void disclose(DisclosureRequest request, DisclosureChannel.Payload payload, DisclosureChannel channel) {
        discloseAll(List.of(request), payload, channel);
    }

    /** Several people's data in one delivery (a payroll file, say): each person's disclosure is recorded. */
    @Transactional
    public void discloseAll(List<DisclosureRequest> requests, DisclosureChannel.Payload payload, DisclosureChannel channel) {
        if (requests.isEmpty()) {
            throw new IllegalArgumentException("Nothing to disclose");
        }
        requests.forEach(this::check);
        requests.forEach(request -> record(request, channel));
        channel.deliver(requests.get(0), payload);
    }

    /** Everything disclosed about a person, oldest first (for their access package). */
    @Transactional(readOnly = true)
    public List<DisclosureRecord> of(SubjectId subject) {
        return jdbc.sql("SELECT * FROM disclosure WHERE subject_id = :subject ORDER BY id")
                .param("subject", subject.value()).query(Disclosures::map).list();
    }

    @Transactional(readOnly = true)
    public List<DisclosureRecord> newest(int limit) {
        return jdbc.sql("SELECT * FROM disclosure ORDER BY id DESC LIMIT :limit").param("limit", limit)
                .query(Disclosures::map).list();
    }

    private void check(DisclosureRequest request) {
        Policy.Purpose purpose = policy.purpose(request.purpose());
        if (!purpose.recipients().contains(request.recipient())) {
            throw new DisclosureNotAllowedException("Purpose " + purpose.id() + " names no recipient " + request.recipient());
        }
        for (String category : request.categories()) {
            if (!purpose.categories().contains(category)) {
                throw new DisclosureNotAllowedException("Purpose " + purpose.id() + " does not use " + category);
            }
        }
        Policy.Recipient recipient = policy.recipient(request.recipient());
        if (!purpose.legalBases().contains(request.legalBasis()) || !recipient.legalBases().contains(request.legalBasis())) {
            throw new DisclosureNotAllowedException("Legal basis " + request.legalBasis() + " is not one that both purpose "
                    + purpose.id() + " and recipient " + recipient.id() + " rest on");
        }
        request.categories().forEach(category -> grounds.requireFor(request.subject(), category, request.purpose()));
    }

    private void record(DisclosureRequest request, DisclosureChannel channel) {
        jdbc.sql("""
                        INSERT INTO disclosure (subject_id, recipient, recipient_name, categories, purpose, legal_basis,
                          channel, disclosed_at, disclosed_by)
                        VALUES (:subject, :recipient, :name, string_to_array(:categories, ','), :purpose, :basis,
                          :channel, :at, :by)""")
                .param("subject", request.subject().value())
                .param("recipient", request.recipient())
                .param("name", request.recipientName().strip())
                .param("categories", String.join(",", request.categories()))
                .param("purpose", request.purpose().value())
                .param("basis", request.legalBasis())
                .param("channel", channel.name())
                .param("at", Timestamp.from(clock.instant()))
                .param("by", audit.currentActor().toString())
                .update();
        audit.change(request.subject(), request.purpose(), AuditAction.DISCLOSE, request.categories().toArray(String[]::new));
    }

    private static DisclosureRecord map(java.sql.ResultSet row, int n) throws java.sql.SQLException {
        return new DisclosureRecord(row.getLong("id"), row.getObject("subject_id", UUID.class), row.getString("recipient"),
                row.getString("recipient_name"), Arrays.asList((String[]) row.getArray("categories").getArray()),
                row.getString("purpose"), row.getString("legal_basis"), row.getString("channel"),
                row.getTimestamp("disclosed_at").toInstant(), row.getString("disclosed_by"));
    }

    /** The disclosure does not fit the policy; nothing was recorded or sent. */
    public static class DisclosureNotAllowedException extends RuntimeException {

        DisclosureNotAllowedException(String message) {
            super(message);
        }
    }
}

package dk.tillid.privacy.disclosure;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import dk.tillid.policy.Policy;
import dk.tillid.policy.PurposeId;
import dk.tillid.privacy.SubjectId;
import dk.tillid.privacy.audit.AuditAction;
import dk.tillid.privacy.audit.AuditTrail;
import dk.tillid.privacy.consent.ProcessingGrounds;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The only way personal data leaves the agency. A disclosure must fit the policy (the purpose names
 * the recipient and the categories, the legal basis is one both accept, protected categories have
 * their grounds). It is recorded and audited in a transaction of its own that commits before
 * anything leaves, then delivered, then settled as delivered or failed: data never leaves without
 * a record, even if the caller's transaction or the delivery fails.
 */
@Service
public class Disclosures {

    static final String CATEGORY = "P-DATA-REL";

    private final Policy policy;
    private final ProcessingGrounds grounds;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    Disclosures(Policy policy, ProcessingGrounds grounds, AuditTrail audit, JdbcClient jdbc,
                PlatformTransactionManager transactionManager, Clock clock) {
        this.policy = policy;
        this.grounds = grounds;
        this.audit = audit;
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** One person's data to one recipient. */
    public void disclose(DisclosureRequest request, DisclosureChannel.Payload payload, DisclosureChannel channel) {
        discloseAll(List.of(request), payload, channel);
    }

    /**
     * Several people's data in one delivery (a payroll file, say) to one recipient, for one
     * purpose, on one legal basis: each person's disclosure is recorded.
     */
    public void discloseAll(List<DisclosureRequest> requests, DisclosureChannel.Payload payload, DisclosureChannel channel) {
        if (requests.isEmpty()) {
            throw new IllegalArgumentException("Nothing to disclose");
        }
        DisclosureRequest first = requests.get(0);
        boolean oneRecipient = requests.stream().allMatch(r -> r.recipient().equals(first.recipient())
                && r.recipientName().equals(first.recipientName()) && r.purpose().equals(first.purpose())
                && r.legalBasis().equals(first.legalBasis()));
        if (!oneRecipient) {
            throw new DisclosureNotAllowedException("One delivery goes to one recipient, for one purpose, on one legal basis");
        }
        List<Long> ids = ownTransaction.execute(status -> {
            requests.forEach(this::check);
            return requests.stream().map(request -> record(request, channel)).toList();
        });
        try {
            channel.deliver(first, payload);
        } catch (RuntimeException failed) {
            settle(ids, DisclosureRecord.Status.FAILED);
            throw failed;
        }
        settle(ids, DisclosureRecord.Status.DELIVERED);
    }

    /** Everything disclosed about a person, oldest first (for their access package). */
    @Transactional(readOnly = true)
    public List<DisclosureRecord> of(SubjectId subject) {
        audit.read(subject, PurposeId.ADMINISTRATION, CATEGORY);
        return jdbc.sql("SELECT * FROM disclosure WHERE subject_id = :subject ORDER BY id")
                .param("subject", subject.value()).query(Disclosures::map).list();
    }

    /**
     * The people whose data went to a recipient (by the name the ledger recorded, ignoring case) in
     * the period, oldest disclosure first: those affected when that recipient's copy leaked (a breach,
     * Art. 34). Recorded as a read of each one's disclosure record.
     */
    @Transactional(readOnly = true)
    public List<SubjectId> subjectsDisclosedTo(String recipientName, java.time.Instant from, java.time.Instant until) {
        List<SubjectId> subjects = jdbc.sql("""
                        SELECT subject_id FROM disclosure
                        WHERE lower(recipient_name) = lower(:name) AND disclosed_at >= :from AND disclosed_at < :until
                        GROUP BY subject_id ORDER BY min(id)""")
                .param("name", recipientName.strip()).param("from", Timestamp.from(from)).param("until", Timestamp.from(until))
                .query(java.util.UUID.class).list().stream().map(SubjectId::new).toList();
        if (!subjects.isEmpty()) {
            audit.read(subjects, PurposeId.ADMINISTRATION, CATEGORY);
        }
        return subjects;
    }

    @Transactional(readOnly = true)
    public List<DisclosureRecord> newest(int limit) {
        List<DisclosureRecord> records = jdbc.sql("SELECT * FROM disclosure ORDER BY id DESC LIMIT :limit")
                .param("limit", limit).query(Disclosures::map).list();
        audit.read(records.stream().map(record -> new SubjectId(record.subject())).distinct().toList(),
                PurposeId.ADMINISTRATION, CATEGORY);
        return records;
    }

    private void settle(List<Long> ids, DisclosureRecord.Status status) {
        ownTransaction.executeWithoutResult(transaction -> jdbc.sql(
                        "UPDATE disclosure SET status = :status, settled_at = :at WHERE id = ANY(:ids)")
                .param("status", status.name())
                .param("at", Timestamp.from(clock.instant()))
                .param("ids", ids.toArray(Long[]::new))
                .update());
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

    private long record(DisclosureRequest request, DisclosureChannel channel) {
        long id = jdbc.sql("""
                        INSERT INTO disclosure (subject_id, recipient, recipient_name, categories, purpose, legal_basis,
                          channel, disclosed_at, disclosed_by, status)
                        VALUES (:subject, :recipient, :name, string_to_array(:categories, ','), :purpose, :basis,
                          :channel, :at, :by, 'DELIVERING')
                        RETURNING id""")
                .param("subject", request.subject().value())
                .param("recipient", request.recipient())
                .param("name", request.recipientName().strip())
                .param("categories", String.join(",", request.categories()))
                .param("purpose", request.purpose().value())
                .param("basis", request.legalBasis())
                .param("channel", channel.name())
                .param("at", Timestamp.from(clock.instant()))
                .param("by", audit.currentActor().toString())
                .query(Long.class).single();
        audit.change(request.subject(), request.purpose(), AuditAction.DISCLOSE, request.categories().toArray(String[]::new));
        return id;
    }

    private static DisclosureRecord map(java.sql.ResultSet row, int n) throws java.sql.SQLException {
        return new DisclosureRecord(row.getLong("id"), row.getObject("subject_id", UUID.class), row.getString("recipient"),
                row.getString("recipient_name"), Arrays.asList((String[]) row.getArray("categories").getArray()),
                row.getString("purpose"), row.getString("legal_basis"), row.getString("channel"),
                row.getTimestamp("disclosed_at").toInstant(), row.getString("disclosed_by"),
                DisclosureRecord.Status.valueOf(row.getString("status")));
    }

    /** The disclosure does not fit the policy; nothing was recorded or sent. */
    public static class DisclosureNotAllowedException extends RuntimeException {

        DisclosureNotAllowedException(String message) {
            super(message);
        }
    }
}

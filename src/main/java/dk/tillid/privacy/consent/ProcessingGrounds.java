package dk.tillid.privacy.consent;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;

import dk.tillid.policy.Policy;
import dk.tillid.policy.PurposeId;
import dk.tillid.privacy.SubjectId;
import dk.tillid.privacy.audit.AuditAction;
import dk.tillid.privacy.audit.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The gate before a protected category (P-SENS-1, P-DATA-8, the CPR number of P-DATA-7) is stored:
 * the person's explicit consent for the purpose and category, or a legal basis recorded for them,
 * each of a kind the policy allows for that category. Modules call {@link #requireFor} before they
 * save; it refuses with a message a person understands.
 */
@Service
@Transactional
public class ProcessingGrounds {

    private final Policy policy;
    private final ConsentLedger consents;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    ProcessingGrounds(Policy policy, ConsentLedger consents, JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.policy = policy;
        this.consents = consents;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** @throws MissingGroundsException unless the category may be stored for this person and purpose */
    @Transactional(readOnly = true)
    public void requireFor(SubjectId subject, String categoryId, PurposeId purpose) {
        Policy.DataCategory category = policy.category(categoryId);
        if (!category.protection().needsCondition()) {
            return;
        }
        List<Policy.LegalBasis> conditions = category.conditions().stream().map(policy::legalBasis).toList();
        boolean consentAllowed = conditions.stream().anyMatch(Policy.LegalBasis::consent);
        if (consentAllowed && consents.isGiven(subject, purpose, categoryId)) {
            return;
        }
        boolean recorded = recorded(subject, categoryId).stream().anyMatch(record -> record.standing()
                && category.conditions().contains(record.legalBasis()));
        if (recorded) {
            return;
        }
        throw new MissingGroundsException(category.name().en() + " (" + categoryId + ") may only be stored with "
                + describe(conditions) + ", and neither is on record for this person.");
    }

    /** Records a legal basis (one of the category's conditions in the policy, other than consent). */
    public void recordLegalBasis(SubjectId subject, String categoryId, String legalBasisId, String reference) {
        Policy.DataCategory category = policy.category(categoryId);
        if (!category.conditions().contains(legalBasisId) || policy.legalBasis(legalBasisId).consent()) {
            throw new IllegalArgumentException("The policy does not allow " + legalBasisId + " as the basis for "
                    + categoryId + "; consent is recorded in the consent ledger");
        }
        if (reference == null || reference.isBlank() || reference.length() > 200) {
            throw new IllegalArgumentException("A legal basis needs a reference to its rule or document (up to 200 characters)");
        }
        jdbc.sql("""
                        INSERT INTO legal_basis_record (subject_id, category, legal_basis, reference, recorded_at, recorded_by)
                        VALUES (:subject, :category, :basis, :reference, :at, :by)""")
                .param("subject", subject.value())
                .param("category", categoryId)
                .param("basis", legalBasisId)
                .param("reference", reference.strip())
                .param("at", Timestamp.from(clock.instant()))
                .param("by", audit.currentActor().toString())
                .update();
        audit.change(subject, PurposeId.ADMINISTRATION, AuditAction.CREATE, ConsentLedger.CATEGORY);
    }

    /** Ends every standing legal basis of the person for the category. */
    public void endLegalBasis(SubjectId subject, String categoryId) {
        int ended = jdbc.sql("""
                        UPDATE legal_basis_record SET ended_at = :at, ended_by = :by
                        WHERE subject_id = :subject AND category = :category AND ended_at IS NULL""")
                .param("at", Timestamp.from(clock.instant()))
                .param("by", audit.currentActor().toString())
                .param("subject", subject.value())
                .param("category", categoryId)
                .update();
        if (ended > 0) {
            audit.change(subject, PurposeId.ADMINISTRATION, AuditAction.UPDATE, ConsentLedger.CATEGORY);
        }
    }

    @Transactional(readOnly = true)
    public List<LegalBasisRecord> recorded(SubjectId subject) {
        audit.read(subject, PurposeId.ADMINISTRATION, ConsentLedger.CATEGORY);
        return jdbc.sql("""
                        SELECT id, category, legal_basis, reference, recorded_at, recorded_by, ended_at
                        FROM legal_basis_record WHERE subject_id = :subject ORDER BY id""")
                .param("subject", subject.value())
                .query((row, n) -> new LegalBasisRecord(row.getLong(1), row.getString(2), row.getString(3),
                        row.getString(4), row.getTimestamp(5).toInstant(), row.getString(6),
                        row.getTimestamp(7) == null ? null : row.getTimestamp(7).toInstant()))
                .list();
    }

    private List<LegalBasisRecord> recorded(SubjectId subject, String categoryId) {
        return recorded(subject).stream().filter(record -> record.category().equals(categoryId)).toList();
    }

    private static String describe(List<Policy.LegalBasis> conditions) {
        String consent = conditions.stream().filter(Policy.LegalBasis::consent)
                .map(basis -> "the person's explicit consent (" + basis.article() + ")").collect(Collectors.joining(" or "));
        String recorded = conditions.stream().filter(basis -> !basis.consent())
                .map(basis -> "a recorded legal basis (" + basis.article() + ")").collect(Collectors.joining(" or "));
        return consent.isEmpty() ? recorded : recorded.isEmpty() ? consent : consent + " or " + recorded;
    }
}

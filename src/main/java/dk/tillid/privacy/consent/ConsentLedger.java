package dk.tillid.privacy.consent;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dk.tillid.policy.Policy;
import dk.tillid.policy.PurposeId;
import dk.tillid.privacy.SubjectId;
import dk.tillid.privacy.audit.AuditAction;
import dk.tillid.privacy.audit.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consents as facts. The current state is derived from the ledger on every question, never cached,
 * so a withdrawal takes effect before the next processing. Only wordings the policy states can be
 * agreed to.
 */
@Service
@Transactional
public class ConsentLedger {

    static final String CATEGORY = "P-DATA-REL";

    private final ConsentRepository repository;
    private final Policy policy;
    private final AuditTrail audit;
    private final Clock clock;

    ConsentLedger(ConsentRepository repository, Policy policy, AuditTrail audit, Clock clock) {
        this.repository = repository;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Records a consent to a wording of the policy. {@code category} is null for consent to the
     * purpose as a whole, or names the protected category the consent is explicitly for.
     */
    public void give(SubjectId subject, PurposeId purpose, String category, String wordingVersion, ConsentChannel channel) {
        if (policy.consentWording(purpose.value(), category, wordingVersion).isEmpty()) {
            throw new IllegalArgumentException("The policy has no consent wording " + wordingVersion + " for "
                    + purpose + (category == null ? "" : " and " + category));
        }
        repository.lockScope(subject.value(), purpose.value(), category);
        repository.append(subject.value(), purpose.value(), category, ConsentEvent.Kind.GIVEN, wordingVersion, channel,
                clock.instant(), actor());
        audit.change(subject, PurposeId.ADMINISTRATION, AuditAction.CREATE, CATEGORY);
    }

    /** One step, effective at once. Withdrawing what was never given changes nothing. */
    public void withdraw(SubjectId subject, PurposeId purpose, String category, ConsentChannel channel) {
        repository.lockScope(subject.value(), purpose.value(), category);
        var latest = repository.latest(subject.value(), purpose.value(), category);
        if (latest.isEmpty() || latest.get().kind() == ConsentEvent.Kind.WITHDRAWN) {
            return;
        }
        repository.append(subject.value(), purpose.value(), category, ConsentEvent.Kind.WITHDRAWN,
                latest.get().wordingVersion(), channel, clock.instant(), actor());
        audit.change(subject, PurposeId.ADMINISTRATION, AuditAction.UPDATE, CATEGORY);
    }

    @Transactional(readOnly = true)
    public boolean isGiven(SubjectId subject, PurposeId purpose, String category) {
        return repository.latest(subject.value(), purpose.value(), category)
                .map(event -> event.kind() == ConsentEvent.Kind.GIVEN).orElse(false);
    }

    /**
     * The people whose consent to the purpose as a whole stands now, in the order of their ids, after
     * {@code after} (null: from the first), at most {@code limit}: who may be sent what needs that
     * consent. Ids only; nobody's data is read.
     */
    @Transactional(readOnly = true)
    public List<SubjectId> standingFor(PurposeId purpose, SubjectId after, int limit) {
        if (limit < 1 || limit > 10_000) {
            throw new IllegalArgumentException("A page holds 1 to 10,000 people");
        }
        return repository.standing(purpose.value(), after == null ? new java.util.UUID(0, 0) : after.value(), limit)
                .stream().map(SubjectId::new).toList();
    }

    /** Every fact about the person, oldest first. */
    @Transactional(readOnly = true)
    public List<ConsentEvent> history(SubjectId subject) {
        audit.read(subject, PurposeId.ADMINISTRATION, CATEGORY);
        return repository.history(subject.value());
    }

    /** The standing of each consent the person ever gave: the newest fact per purpose and category. */
    @Transactional(readOnly = true)
    public List<ConsentEvent> current(SubjectId subject) {
        Map<String, ConsentEvent> latest = new LinkedHashMap<>();
        for (ConsentEvent event : history(subject)) {
            latest.put(event.purpose() + "|" + Objects.toString(event.category(), ""), event);
        }
        return new ArrayList<>(latest.values());
    }

    /** People currently consenting, per purpose and category: no one is named. */
    @Transactional(readOnly = true)
    public List<Object[]> standing() {
        return repository.standingCounts();
    }

    private String actor() {
        return audit.currentActor().toString();
    }
}

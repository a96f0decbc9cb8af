package dk.tillid.privacy.breach;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import dk.tillid.platform.AgencyTime;
import dk.tillid.platform.CprShape;
import dk.tillid.policy.Policy;
import dk.tillid.privacy.audit.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The breach register (Art. 33(5)): every breach documented with the Art. 33(3) content; the
 * authority notified within 72 hours of awareness, or the reason it was not needed recorded;
 * further information added in phases (Art. 33(4)); a high risk assessed with its reasoning. The
 * breach names no person; the people told of it are {@link BreachNotices}'.
 */
@Service
@Transactional
public class Breaches {

    static final int MAX_TEXT = 4000;
    static final int PAGE = 200;

    private final BreachRepository breaches;
    private final Policy policy;
    private final AuditTrail audit;
    private final Clock clock;

    Breaches(BreachRepository breaches, Policy policy, AuditTrail audit, Clock clock) {
        this.breaches = breaches;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock;
    }

    /** Records a breach; refused when a time is in the future, the period runs backwards, or a category is unknown. */
    BreachId record(BreachForm form) {
        Instant now = clock.instant();
        Instant from = instant(form.occurredFrom());
        Instant until = instant(form.occurredUntil());
        Instant aware = instant(form.awareAt());
        if (aware.isAfter(now) || (from != null && from.isAfter(now)) || (until != null && until.isAfter(now))) {
            throw new BreachRefused("breach.time.future", "A breach time cannot be in the future");
        }
        if (until != null && from == null) {
            throw new BreachRefused("breach.occurred.untilWithoutFrom", "A period needs its start");
        }
        if (from != null && until != null && until.isBefore(from)) {
            throw new BreachRefused("breach.occurred.backwards", "A period cannot end before it starts");
        }
        if (from != null && aware.isBefore(from)) {
            throw new BreachRefused("breach.awareAt.beforeOccurred", "Awareness cannot come before the breach");
        }
        noCpr(form.description(), form.consequences(), form.measures());
        for (String category : form.categories()) {
            if (policy.findCategory(category).isEmpty()) {
                throw new BreachRefused("breach.categories.unknown", "Unknown category");
            }
        }
        BreachId id = new BreachId(UUID.randomUUID());
        breaches.insert(new Breach(id, from, until, aware, form.description().strip(), form.categories(),
                form.peopleAffected(), form.recordsAffected(), form.consequences().strip(), form.measures().strip(),
                now, actor(), null, null, null, false, null, null));
        return id;
    }

    @Transactional(readOnly = true)
    public List<Breach> latest() {
        return breaches.latest(PAGE);
    }

    /** The breaches whose 72 hours to the authority run or have run out: for the DPO's warning. */
    @Transactional(readOnly = true)
    public List<Breach> awaitingAuthority() {
        return breaches.latest(PAGE).stream().filter(breach -> !breach.concluded()).toList();
    }

    @Transactional(readOnly = true)
    public Breach find(BreachId id) {
        return breaches.find(id).orElseThrow(Breaches::unknown);
    }

    @Transactional(readOnly = true)
    public List<BreachUpdate> updatesOf(BreachId id) {
        return breaches.updatesOf(id);
    }

    void addUpdate(BreachId id, String text) {
        breaches.lock(id).orElseThrow(Breaches::unknown);
        noCpr(text);
        breaches.addUpdate(id, clock.instant(), actor(), text.strip());
    }

    /** Datatilsynet was notified at {@code notifiedAt} (Danish time) under {@code reference}. */
    void authorityNotified(BreachId id, LocalDateTime notifiedAt, String reference) {
        Breach breach = open(id);
        Instant at = instant(notifiedAt);
        if (at.isAfter(clock.instant())) {
            throw new BreachRefused("breach.time.future", "A notification cannot be in the future");
        }
        if (at.isBefore(breach.awareAt())) {
            throw new BreachRefused("breach.notifiedAt.beforeAware", "Notified before the agency knew");
        }
        breaches.authorityNotified(id, at, reference.strip(), clock.instant(), actor());
    }

    /** The breach is unlikely to result in a risk (Art. 33(1)): documented, not notified. */
    void noNotificationNeeded(BreachId id, String reason) {
        Breach breach = open(id);
        if (breach.highRisk()) {
            throw new BreachRefused("breach.noNotification.highRisk", "A high-risk breach must be notified");
        }
        breaches.noNotificationNeeded(id, reason.strip(), clock.instant(), actor());
    }

    /** A high risk to people (Art. 34(1)): with why, and what they can do; then they can be told. */
    void assessHighRisk(BreachId id, String reasoning, String advice) {
        Breach breach = breaches.lock(id).orElseThrow(Breaches::unknown);
        if (breach.noNotificationReason() != null) {
            throw new BreachRefused("breach.risk.afterNoNotification",
                    "Recorded as needing no notification; a high risk needs one");
        }
        noCpr(reasoning, advice);
        breaches.highRisk(id, reasoning.strip(), advice.strip(), clock.instant(), actor());
    }

    private Breach open(BreachId id) {
        Breach breach = breaches.lock(id).orElseThrow(Breaches::unknown);
        if (breach.concluded()) {
            throw new BreachRefused("breach.concluded", "The authority question is settled already");
        }
        return breach;
    }

    /**
     * The register describes a breach in general terms, and its texts go into the mail to the people
     * affected: nothing shaped like a CPR number belongs there (the outbox would refuse the mail).
     */
    private static void noCpr(String... texts) {
        for (String text : texts) {
            if (text != null && CprShape.appearsIn(text)) {
                throw new BreachRefused("breach.text.cpr", "A breach text holds something shaped like a CPR number");
            }
        }
    }

    private String actor() {
        return audit.currentActor().toString();
    }

    static BreachRefused unknown() {
        return new BreachRefused("breach.unknown", "No such breach");
    }

    /** A Danish wall-clock time as an instant; in the autumn's repeated hour the earlier one. */
    static Instant instant(LocalDateTime danish) {
        return danish == null ? null : danish.atZone(AgencyTime.ZONE).toInstant();
    }
}

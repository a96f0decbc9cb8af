package dk.tillid.privacy.breach;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dk.tillid.policy.Policy;
import dk.tillid.policy.PurposeId;
import dk.tillid.privacy.SubjectId;
import dk.tillid.privacy.audit.AuditAction;
import dk.tillid.privacy.audit.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Telling the people affected by a high-risk breach (Art. 34): chosen from the data, previewed, then
 * told by e-mail through the {@link BreachNoticeChannel}, each person once per breach, each notice
 * recorded with the mail queued in the same transaction.
 */
@Service
@Transactional
public class BreachNotices {

    /** A breach notice is a fact of the person's relationship with the agency. */
    static final String CATEGORY = "P-DATA-REL";
    static final PurposeId PURPOSE = PurposeId.ADMINISTRATION;

    private final BreachRepository breaches;
    private final AffectedPeople affected;
    private final BreachNoticeChannel channel;
    private final Policy policy;
    private final AuditTrail audit;
    private final Clock clock;

    BreachNotices(BreachRepository breaches, AffectedPeople affected, BreachNoticeChannel channel, Policy policy,
                  AuditTrail audit, Clock clock) {
        this.breaches = breaches;
        this.affected = affected;
        this.channel = channel;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock;
    }

    /** Who the selection names, and which of them were told of this breach already. */
    public record Preview(List<SubjectId> chosen, Set<SubjectId> alreadyTold) {

        public long toTell() {
            return chosen.stream().filter(subject -> !alreadyTold.contains(subject)).count();
        }
    }

    @Transactional(readOnly = true)
    Preview preview(BreachId id, SelectionForm selection) {
        breaches.find(id).orElseThrow(Breaches::unknown);
        return new Preview(affected.chosen(selection), new HashSet<>(breaches.alreadyNotified(id)));
    }

    /** How many were mailed, could not be mailed (no address), were unknown, or had been told already. */
    Map<BreachNoticeChannel.Outcome, Integer> notify(BreachId id, SelectionForm selection) {
        Breach breach = breaches.lock(id).orElseThrow(Breaches::unknown);
        if (!breach.highRisk()) {
            throw new BreachRefused("breach.notify.notHighRisk", "Only a high-risk breach is told to people");
        }
        Set<SubjectId> alreadyTold = new HashSet<>(breaches.alreadyNotified(id));
        Policy.DataProtectionOfficer dpo = policy.dataProtectionOfficer();
        var notice = new BreachNoticeChannel.BreachNotice(id, breach.description(), breach.consequences(),
                breach.measures(), breach.riskAdvice(), dpo.email(), dpo.phone());
        Instant now = clock.instant();
        String actor = audit.currentActor().toString();
        Map<BreachNoticeChannel.Outcome, Integer> counts = new EnumMap<>(BreachNoticeChannel.Outcome.class);
        Map<SubjectId, List<String>> recorded = new LinkedHashMap<>();
        for (SubjectId subject : affected.chosen(selection)) {
            if (alreadyTold.contains(subject)) {
                continue;
            }
            BreachNoticeChannel.Outcome outcome = channel.tell(subject, notice);
            counts.merge(outcome, 1, Integer::sum);
            if (outcome != BreachNoticeChannel.Outcome.UNKNOWN && breaches.recordNotice(id, subject, now, actor, outcome)) {
                recorded.put(subject, List.of(CATEGORY));
            }
        }
        if (!recorded.isEmpty()) {
            audit.changeAll(recorded, PURPOSE, AuditAction.CREATE);
        }
        return counts;
    }

    /** Who was told of the breach, in order; recorded as a read of each one's notice. */
    @Transactional(readOnly = true)
    public List<BreachNoticeRecord> noticesOf(BreachId id) {
        List<BreachNoticeRecord> notices = breaches.noticesOf(id);
        if (!notices.isEmpty()) {
            audit.read(notices.stream().map(BreachNoticeRecord::subject).distinct().toList(), PURPOSE, CATEGORY);
        }
        return notices;
    }
}

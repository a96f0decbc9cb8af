package dk.tillid.privacy.retention;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dk.tillid.policy.Policy.RetentionTrigger;
import dk.tillid.privacy.SubjectId;
import dk.tillid.privacy.spi.PersonalData;
import org.springframework.stereotype.Component;

/**
 * Decides, for a page of people, who is due for deletion today: the rule that keeps each person
 * longest has run out, and no legal hold, restriction or open request of theirs stands in the way.
 * A candidate whose profile goes within the notice period is told first (P-RET-1 is counted from
 * the last contact, so a candidate who answers by signing in keeps their profile).
 */
@Component
class DueCheck {

    static final String HELD = "retention.blocked.legalHold";

    private final PersonalData personalData;
    private final RetentionDates dates;
    private final LegalHolds holds;

    DueCheck(PersonalData personalData, RetentionDates dates, LegalHolds holds) {
        this.personalData = personalData;
        this.dates = dates;
        this.holds = holds;
    }

    /**
     * The findings for those people of the page whose longest rule counts from {@code selectedBy}
     * (so that a person found under two clocks is judged once), as of {@code today}.
     */
    List<Finding> of(List<SubjectId> page, RetentionTrigger selectedBy, LocalDate today, int noticeDays) {
        Map<SubjectId, Map<RetentionTrigger, LocalDate>> starts = personalData.retentionStarts(page);
        Map<SubjectId, RetentionDates.Expiry> ending = new HashMap<>();
        for (SubjectId subject : page) {
            dates.longest(starts.getOrDefault(subject, Map.of()))
                    .filter(expiry -> RetentionSweep.selectedBy(expiry.rule().trigger()) == selectedBy)
                    .filter(expiry -> expiry.keptThrough().isBefore(today) || noticeDue(expiry, today, noticeDays))
                    .ifPresent(expiry -> ending.put(subject, expiry));
        }
        if (ending.isEmpty()) {
            return List.of();
        }
        List<SubjectId> ends = List.copyOf(ending.keySet());
        Set<SubjectId> held = holds.standingAmong(ends, today);
        Map<SubjectId, String> blocked = personalData.deletionBlocked(ends);
        List<Finding> findings = new ArrayList<>(ending.size());
        for (SubjectId subject : page) {
            RetentionDates.Expiry expiry = ending.get(subject);
            if (expiry == null) {
                continue;
            }
            String blockedBy = held.contains(subject) ? HELD : blocked.get(subject);
            boolean due = expiry.keptThrough().isBefore(today);
            if (!due && blockedBy != null) {
                continue; // nobody is told of a deletion that a hold or their own request will stop
            }
            Finding.Verdict verdict = !due ? Finding.Verdict.NOTICE
                    : blockedBy != null ? Finding.Verdict.BLOCKED : Finding.Verdict.DUE;
            findings.add(new Finding(subject, verdict, expiry.rule().id(), expiry.keptThrough(), blockedBy));
        }
        return findings;
    }

    /** A candidate's profile (P-RET-1, from the last contact) goes within the next {@code noticeDays} days. */
    private static boolean noticeDue(RetentionDates.Expiry expiry, LocalDate today, int noticeDays) {
        return noticeDays > 0 && expiry.rule().trigger() == RetentionTrigger.LAST_CONTACT
                && !expiry.keptThrough().plusDays(1).isAfter(today.plusDays(noticeDays));
    }
}

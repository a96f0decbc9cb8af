package dk.tillid.privacy.breach;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A breach as the register holds it. The authority's deadline is 72 hours from awareness, counted
 * as an instant (a DST change in between moves the wall clock, not the deadline).
 */
public record Breach(BreachId id, Instant occurredFrom, Instant occurredUntil, Instant awareAt, String description,
                     List<String> categories, int peopleAffected, int recordsAffected, String consequences,
                     String measures, Instant recordedAt, String recordedBy, Instant authorityNotifiedAt,
                     String authorityReference, String noNotificationReason, boolean highRisk, String riskReasoning,
                     String riskAdvice) {

    /** GDPR Art. 33(1): without undue delay and, where feasible, not later than 72 hours after awareness. */
    public static final Duration AUTHORITY_DEADLINE = Duration.ofHours(72);

    public Breach {
        categories = List.copyOf(categories);
    }

    public Instant authorityDeadline() {
        return deadlineFrom(awareAt);
    }

    static Instant deadlineFrom(Instant awareAt) {
        return awareAt.plus(AUTHORITY_DEADLINE);
    }

    /** Where the breach stands towards the authority at {@code now}. */
    public DeadlineState deadlineState(Instant now) {
        if (authorityNotifiedAt != null) {
            return authorityNotifiedAt.isAfter(authorityDeadline()) ? DeadlineState.NOTIFIED_LATE : DeadlineState.NOTIFIED;
        }
        if (noNotificationReason != null) {
            return DeadlineState.NOT_REQUIRED;
        }
        return now.isAfter(authorityDeadline()) ? DeadlineState.OVERDUE : DeadlineState.RUNNING;
    }

    /** Time left to the deadline at {@code now}; negative once overdue. */
    public Duration timeLeft(Instant now) {
        return Duration.between(now, authorityDeadline());
    }

    /** Whether the authority question is settled: notified, or documented why not. */
    public boolean concluded() {
        return authorityNotifiedAt != null || noNotificationReason != null;
    }

    public enum DeadlineState {
        /** Not yet notified; the 72 hours run. */
        RUNNING,
        /** Not notified and the 72 hours have passed: the notification must give the reasons for the delay. */
        OVERDUE,
        NOTIFIED,
        NOTIFIED_LATE,
        /** The DPO documented why no notification was needed (unlikely to result in a risk). */
        NOT_REQUIRED
    }
}

package dk.tillid.privacy.requests;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dk.tillid.platform.AgencyTime;
import dk.tillid.policy.Policy;
import dk.tillid.policy.Policy.RetentionTrigger;
import dk.tillid.privacy.SubjectId;
import dk.tillid.privacy.spi.ErasurePlan;
import dk.tillid.privacy.retention.LegalHolds;
import dk.tillid.privacy.retention.RetentionDates;
import dk.tillid.privacy.spi.PersonalData;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Plans an erasure (Art. 17): everything the person's data is deleted, except the categories a law
 * makes the agency keep (the policy's retention rules with a legal obligation, Art. 17(3)(b)),
 * while that rule's clock still runs (counted by {@link RetentionDates}). While a legal hold stands on
 * the person, every category is kept, through at least the hold's end.
 */
@Component
class ErasurePlanner {

    private final PersonalData personalData;
    private final RetentionDates retention;
    private final Policy policy;
    private final Clock clock;
    private final MessageSource messages;

    ErasurePlanner(PersonalData personalData, RetentionDates retention, Policy policy, Clock clock, MessageSource messages) {
        this.personalData = personalData;
        this.retention = retention;
        this.policy = policy;
        this.clock = clock;
        this.messages = messages;
    }

    ErasureProposal plan(SubjectId subject) {
        Set<String> held = personalData.categoriesHeld(subject);
        Map<RetentionTrigger, LocalDate> starts = personalData.retentionStarts(subject);
        LocalDate today = AgencyTime.today(clock);
        Map<String, ErasureProposal.Keeping> kept = new LinkedHashMap<>();
        for (Policy.RetentionRule rule : policy.legalObligations()) {
            retention.keptThrough(rule, starts).filter(until -> !until.isBefore(today)).ifPresent(until ->
                    rule.categories().stream().filter(held::contains).forEach(category -> kept.merge(category,
                            new ErasureProposal.Keeping(category, rule.id(), until),
                            (a, b) -> a.until().isAfter(b.until()) ? a : b)));
        }
        retention.heldThrough(subject).ifPresent(end -> held.forEach(category -> kept.merge(category,
                new ErasureProposal.Keeping(category, LegalHolds.REASON, end),
                (byLaw, byHold) -> byLaw.until().isBefore(end) ? byHold : byLaw)));
        ErasurePlan plan = ErasurePlan.deleteEverything();
        for (ErasureProposal.Keeping keeping : kept.values()) {
            plan = plan.keep(keeping.category(), keeping.rule(), keeping.until());
        }
        List<String> deleted = new ArrayList<>(held);
        deleted.removeAll(kept.keySet());
        return new ErasureProposal(subject, plan, deleted, List.copyOf(kept.values()), personalData.stillBound(subject));
    }

    /**
     * Why a category is kept, in the reader's language: the law of the rule, or the legal hold
     * (which is no rule of the policy); any other reason as it was given.
     */
    String whyKept(String reason, Locale locale) {
        if (LegalHolds.REASON.equals(reason)) {
            return messages.getMessage("legalhold.keeps", null, LegalHolds.REASON, locale);
        }
        return policy.retentionRules().stream().filter(rule -> rule.id().equals(reason) && rule.legalObligation() != null)
                .findFirst().map(rule -> rule.legalObligation().in(locale)).orElse(reason);
    }
}

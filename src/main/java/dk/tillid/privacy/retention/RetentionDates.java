package dk.tillid.privacy.retention;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dk.tillid.platform.FiscalYear;
import dk.tillid.policy.Policy;
import dk.tillid.policy.Policy.RetentionRule;
import dk.tillid.policy.Policy.RetentionTrigger;
import dk.tillid.privacy.SubjectId;
import dk.tillid.privacy.spi.PersonalData;
import org.springframework.stereotype.Service;

/**
 * The day each category of a person's data is kept through, and under which rule. A rule applies
 * when the modules know the date its clock starts from: the last employment for an employee's rules,
 * the last contact for a candidate who never worked here, the last activity for a business contact.
 * When several rules apply to a category, the one that keeps it longest wins. While a clock still
 * runs (an employment lasts, contact goes on), the date moves later. A standing legal hold keeps every
 * category the person's data holds through at least the hold's end.
 */
@Service
public class RetentionDates {

    /** A category is kept through {@code keptThrough} under {@code rule}; deleted the day after. */
    public record Due(String category, String rule, LocalDate keptThrough) {
    }

    private final PersonalData personalData;
    private final Policy policy;
    private final FiscalYear fiscalYear;
    private final LegalHolds legalHolds;

    public RetentionDates(PersonalData personalData, Policy policy, FiscalYear fiscalYear, LegalHolds legalHolds) {
        this.personalData = personalData;
        this.policy = policy;
        this.fiscalYear = fiscalYear;
        this.legalHolds = legalHolds;
    }

    /** For each category the person's data may hold, the rule that keeps it longest and its last day. */
    public Map<String, Due> of(SubjectId subject) {
        Map<RetentionTrigger, LocalDate> starts = personalData.retentionStarts(subject);
        Map<String, Due> due = new LinkedHashMap<>();
        for (RetentionRule rule : applicable(starts)) {
            LocalDate through = keptThrough(rule, starts).orElseThrow();
            rule.categories().forEach(category -> due.merge(category, new Due(category, rule.id(), through),
                    (a, b) -> a.keptThrough().isBefore(b.keptThrough()) ? b : a));
        }
        heldThrough(subject).ifPresent(end -> personalData.categoriesHeld(subject).forEach(category ->
                due.merge(category, new Due(category, LegalHolds.REASON, end),
                        (byRule, byHold) -> byRule.keptThrough().isBefore(end) ? byHold : byRule)));
        return due;
    }

    /** The rule whose clock runs longest for a person, and its last day: after it, no rule keeps anything of theirs. */
    record Expiry(RetentionRule rule, LocalDate keptThrough) {
    }

    /** From the dates that start a person's clocks, the rule that keeps them longest; empty if no clock runs. */
    Optional<Expiry> longest(Map<RetentionTrigger, LocalDate> starts) {
        Expiry longest = null;
        for (RetentionRule rule : applicable(starts)) {
            LocalDate through = keptThrough(rule, starts).orElseThrow();
            if (longest == null || through.isAfter(longest.keptThrough())) {
                longest = new Expiry(rule, through);
            }
        }
        return Optional.ofNullable(longest);
    }

    /** The last day of a legal hold standing on the person today: nothing of theirs is deleted through it. */
    public Optional<LocalDate> heldThrough(SubjectId subject) {
        return legalHolds.standingUntil(subject);
    }

    /** The last day a rule keeps the data, from the dates the modules know; empty if its clock has not started. */
    public Optional<LocalDate> keptThrough(RetentionRule rule, Map<RetentionTrigger, LocalDate> starts) {
        return start(rule.trigger(), starts).map(start -> start.plus(rule.period()));
    }

    /**
     * The rules whose clock runs for this person. An employee's rules replace a candidate's: once
     * someone has worked here, P-RET-1's six months no longer apply to them.
     */
    private List<RetentionRule> applicable(Map<RetentionTrigger, LocalDate> starts) {
        boolean employee = starts.containsKey(RetentionTrigger.END_OF_LAST_EMPLOYMENT);
        return policy.retentionRules().stream()
                .filter(rule -> start(rule.trigger(), starts).isPresent())
                .filter(rule -> !(employee && rule.trigger() == RetentionTrigger.LAST_CONTACT))
                .toList();
    }

    private Optional<LocalDate> start(RetentionTrigger trigger, Map<RetentionTrigger, LocalDate> starts) {
        if (trigger == RetentionTrigger.END_OF_FISCAL_YEAR_OF_LAST_EMPLOYMENT) {
            return Optional.ofNullable(starts.get(RetentionTrigger.END_OF_LAST_EMPLOYMENT)).map(fiscalYear::endOfYearContaining);
        }
        return Optional.ofNullable(starts.get(trigger));
    }
}

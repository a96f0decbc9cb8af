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
import dk.tillid.platform.FiscalYear;
import dk.tillid.policy.Policy;
import dk.tillid.policy.Policy.RetentionTrigger;
import dk.tillid.privacy.SubjectId;
import dk.tillid.privacy.spi.ErasurePlan;
import dk.tillid.privacy.spi.PersonalData;
import org.springframework.stereotype.Component;

/**
 * Plans an erasure (Art. 17): everything the person's data is deleted, except the categories a law
 * makes the agency keep (the policy's retention rules with a legal obligation, Art. 17(3)(b)),
 * while that rule's clock still runs. The clock starts from dates the modules know (the SPI), e.g.
 * the end of the fiscal year of the last employment.
 */
@Component
class ErasurePlanner {

    private final PersonalData personalData;
    private final Policy policy;
    private final FiscalYear fiscalYear;
    private final Clock clock;

    ErasurePlanner(PersonalData personalData, Policy policy, FiscalYear fiscalYear, Clock clock) {
        this.personalData = personalData;
        this.policy = policy;
        this.fiscalYear = fiscalYear;
        this.clock = clock;
    }

    ErasureProposal plan(SubjectId subject) {
        Set<String> held = personalData.categoriesHeld(subject);
        Map<RetentionTrigger, LocalDate> starts = personalData.retentionStarts(subject);
        LocalDate today = AgencyTime.today(clock);
        Map<String, ErasureProposal.Keeping> kept = new LinkedHashMap<>();
        for (Policy.RetentionRule rule : policy.legalObligations()) {
            LocalDate start = start(rule.trigger(), starts);
            if (start == null) {
                continue;
            }
            LocalDate until = start.plus(rule.period());
            if (until.isBefore(today)) {
                continue;
            }
            rule.categories().stream().filter(held::contains).forEach(category -> kept.merge(category,
                    new ErasureProposal.Keeping(category, rule.id(), until),
                    (a, b) -> a.until().isAfter(b.until()) ? a : b));
        }
        ErasurePlan plan = ErasurePlan.deleteEverything();
        for (ErasureProposal.Keeping keeping : kept.values()) {
            plan = plan.keep(keeping.category(), keeping.rule(), keeping.until());
        }
        List<String> deleted = new ArrayList<>(held);
        deleted.removeAll(kept.keySet());
        return new ErasureProposal(subject, plan, deleted, List.copyOf(kept.values()));
    }

    /** The category's name and the law that keeps it, in the reader's language. */
    String categoryName(String category, Locale locale) {
        return policy.findCategory(category).map(found -> found.name().in(locale)).orElse(category);
    }

    String obligation(String rule, Locale locale) {
        return policy.retentionRule(rule).legalObligation().in(locale);
    }

    private LocalDate start(RetentionTrigger trigger, Map<RetentionTrigger, LocalDate> starts) {
        return switch (trigger) {
            case END_OF_FISCAL_YEAR_OF_LAST_EMPLOYMENT -> {
                LocalDate last = starts.get(RetentionTrigger.END_OF_LAST_EMPLOYMENT);
                yield last == null ? null : fiscalYear.endOfYearContaining(last);
            }
            default -> starts.get(trigger);
        };
    }
}

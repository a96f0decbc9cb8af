package dk.tillid.privacy.retention;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import dk.tillid.policy.Policy;
import dk.tillid.policy.PurposeId;
import dk.tillid.privacy.SubjectId;
import dk.tillid.privacy.audit.AuditTrail;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The retention section of the staff pages (a candidate, an employee): for each category the page's
 * purpose may use, the rule that applies and the day it is kept through. One method for every page,
 * so that they all say the same as the portal.
 */
@Service
public class RetentionViews {

    /** The dates are counted from the relationship's facts: the last contact and the last employment. */
    static final String RELATIONSHIP = "P-DATA-REL";

    private final RetentionDates dates;
    private final Policy policy;
    private final AuditTrail audit;
    private final MessageSource messages;

    RetentionViews(RetentionDates dates, Policy policy, AuditTrail audit, MessageSource messages) {
        this.dates = dates;
        this.policy = policy;
        this.audit = audit;
        this.messages = messages;
    }

    /**
     * The categories the purpose may use, in policy order. Limited to the purpose so that a page
     * says nothing about categories its reader may not see (a criminal record's rule on a recruiter's page).
     * Reads no value, but the dates rest on when the person was last in contact or employed: that
     * read is recorded under the page's purpose, which must be one that may use those facts.
     */
    @Transactional(readOnly = true)
    public List<RetentionView> forPage(SubjectId subject, PurposeId purpose, Locale locale) {
        audit.read(subject, purpose, RELATIONSHIP);
        Map<String, RetentionDates.Due> due = dates.of(subject);
        return policy.categories().stream()
                .filter(category -> due.containsKey(category.id()) && policy.allows(purpose, category.id()))
                .map(category -> view(category, due.get(category.id()), locale))
                .toList();
    }

    private RetentionView view(Policy.DataCategory category, RetentionDates.Due due, Locale locale) {
        return new RetentionView(category.id(), category.name().in(locale), due.rule(), description(due.rule(), locale),
                due.keptThrough());
    }

    /** A legal hold is no rule of the policy: it has its own words. */
    private String description(String rule, Locale locale) {
        if (LegalHolds.REASON.equals(rule)) {
            return messages.getMessage("legalhold.keeps", null, LegalHolds.REASON, locale);
        }
        return policy.retentionRule(rule).description().in(locale);
    }
}

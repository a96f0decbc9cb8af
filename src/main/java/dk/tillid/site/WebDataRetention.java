package dk.tillid.site;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;

import dk.tillid.platform.AgencyTime;
import dk.tillid.policy.Policy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes website data (page views and the proofs of cookie choices) when the policy's retention
 * rule for it (P-RET-4, counted from collection) says so. The period is read from the policy, so
 * changing the rule there changes what is deleted here.
 */
@Component
class WebDataRetention {

    static final String WEBSITE_DATA = "P-DATA-12";
    private static final Logger log = LoggerFactory.getLogger(WebDataRetention.class);

    private final PageViews pageViews;
    private final CookieConsents consents;
    private final Period period;
    private final Clock clock;

    WebDataRetention(PageViews pageViews, CookieConsents consents, Policy policy, Clock clock) {
        this.pageViews = pageViews;
        this.consents = consents;
        this.clock = clock;
        this.period = policy.retentionOf(WEBSITE_DATA).stream().map(Policy.RetentionRule::period).findFirst()
                .orElseThrow(() -> new IllegalStateException("The policy gives website data no retention rule"));
    }

    @Scheduled(fixedDelayString = "${tillid.site.purge-interval:1h}", initialDelayString = "${tillid.site.purge-interval:1h}")
    @Transactional
    public void purge() {
        Instant limit = limit();
        int views = pageViews.deleteViewedBefore(limit);
        int choices = consents.deleteDecidedBefore(limit);
        if (views + choices > 0) {
            log.info("Deleted {} page views and {} cookie choices past the retention of website data", views, choices);
        }
    }

    Instant limit() {
        return clock.instant().atZone(AgencyTime.ZONE).minus(period).toInstant();
    }
}

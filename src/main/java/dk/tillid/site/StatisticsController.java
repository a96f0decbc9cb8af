package dk.tillid.site;

import java.time.Clock;
import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/**
 * The page-view counter: the browser of a visitor who said yes to statistics reports each public
 * page it shows; nothing is counted without that yes, whatever the request says. The administrator
 * sees the last 30 days.
 */
@Controller
class StatisticsController {

    static final Duration REPORT = Duration.ofDays(30);

    /** What the page's script reports: the page's path and the address it was reached from. */
    record Hit(String path, String referrer) {
    }

    /** More views than this from one browser in a minute are not counted: no person reads that fast. */
    static final int MAX_PER_MINUTE = 30;

    private final CookieBanner banner;
    private final CookieConsents consents;
    private final PageViews pageViews;
    private final Clock clock;

    StatisticsController(CookieBanner banner, CookieConsents consents, PageViews pageViews, Clock clock) {
        this.banner = banner;
        this.consents = consents;
        this.pageViews = pageViews;
        this.clock = clock;
    }

    @PostMapping("/stats/hit")
    ResponseEntity<Void> hit(@RequestBody(required = false) Hit hit, HttpServletRequest request) {
        boolean allowed = SameOrigin.holds(request) && hit != null
                && banner.choiceOf(request).filter(choice -> choice.allows(CookieBanner.STATISTICS))
                        .filter(choice -> consents.allows(choice, CookieBanner.STATISTICS)).isPresent();
        var visitor = banner.statisticsVisitor(request);
        if (allowed && visitor.isPresent()
                && pageViews.viewsSince(visitor.get(), clock.instant().minusSeconds(60)) < MAX_PER_MINUTE) {
            pageViews.record(new PageViews.Visit(hit.path(), hit.referrer(), visitor.get(), request.getRemoteAddr(),
                    request.getHeader(HttpHeaders.USER_AGENT), request.getServerName()), clock.instant());
        }
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/admin/statistics")
    String report(Model model) {
        model.addAttribute("pages", pageViews.since(clock.instant().minus(REPORT)));
        model.addAttribute("days", REPORT.toDays());
        return "site/statistics";
    }
}

package dk.tillid.site;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import dk.tillid.policy.Policy;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The cookie declaration with the visitor's choice, and the choice itself: accept, reject (equally
 * easy, one click each) or a choice per category. Every choice is kept as proof, with the version of
 * the banner that was answered; a later choice replaces the earlier one and can withdraw it.
 */
@Controller
class CookieController {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final CookieBanner banner;
    private final CookieConsents consents;
    private final PageViews pageViews;
    private final Policy policy;
    private final Clock clock;

    CookieController(CookieBanner banner, CookieConsents consents, PageViews pageViews, Policy policy, Clock clock) {
        this.banner = banner;
        this.consents = consents;
        this.pageViews = pageViews;
        this.policy = policy;
        this.clock = clock;
    }

    @GetMapping("/cookies")
    String declaration(HttpServletRequest request, Model model) {
        model.addAttribute("policy", policy);
        model.addAttribute("categories", banner.categories());
        model.addAttribute("choice", banner.choiceOf(request).orElse(null));
        return "site/cookies";
    }

    @PostMapping("/cookies/consent")
    @Transactional
    String choose(@RequestParam(required = false) String decision, @RequestParam(required = false) List<String> allowed,
                  @RequestParam(required = false) String returnTo, HttpServletRequest request,
                  HttpServletResponse response) {
        if (!SameOrigin.holds(request)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        Set<String> chosen = switch (decision == null ? "" : decision) {
            case "accept" -> banner.purposes();
            case "reject" -> Set.of();
            case "save" -> allowedOf(allowed);
            default -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        };
        Optional<CookieChoice> earlier = banner.choiceOf(request);
        CookieChoice choice = new CookieChoice(UUID.randomUUID(), banner.version(), chosen);
        consents.record(choice, earlier.map(CookieChoice::id).orElse(null), clock.instant());
        boolean secure = request.isSecure();
        response.addHeader(HttpHeaders.SET_COOKIE, banner.consentCookie(choice, secure).toString());
        Optional<String> visitor = banner.statisticsVisitor(request);
        if (choice.allows(CookieBanner.STATISTICS)) {
            if (visitor.isEmpty()) {
                response.addHeader(HttpHeaders.SET_COOKIE, banner.statisticsCookie(newVisitor(), secure).toString());
            }
        } else if (visitor.isPresent()) {
            pageViews.forget(visitor.get());
            response.addHeader(HttpHeaders.SET_COOKIE, banner.statisticsCookieRemoved(secure).toString());
        }
        return "redirect:" + safeReturn(returnTo);
    }

    private Set<String> allowedOf(List<String> allowed) {
        Set<String> chosen = new LinkedHashSet<>(allowed == null ? List.of() : allowed);
        if (!banner.purposes().containsAll(chosen)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        return chosen;
    }

    private static String newVisitor() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Back to the page the banner was on, and never to another site. */
    static String safeReturn(String returnTo) {
        if (returnTo == null || !returnTo.startsWith("/") || returnTo.startsWith("//") || returnTo.contains("\\")
                || returnTo.length() > 200 || returnTo.chars().anyMatch(c -> c < 0x21 || c == 0x7f)) {
            return "/";
        }
        return returnTo;
    }
}

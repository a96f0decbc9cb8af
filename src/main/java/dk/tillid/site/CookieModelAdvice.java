package dk.tillid.site;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Tells every page whether to ask about cookies, and whether statistics may be counted. */
@ControllerAdvice
class CookieModelAdvice {

    /** What the layout needs: ask (no valid choice yet), count (yes to statistics), and where to return. */
    record CookieState(boolean ask, boolean statistics, String returnTo, List<CookieBanner.Category> categories) {
    }

    private final CookieBanner banner;

    CookieModelAdvice(CookieBanner banner) {
        this.banner = banner;
    }

    @ModelAttribute("cookieState")
    CookieState cookieState(HttpServletRequest request) {
        var choice = banner.choiceOf(request);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return new CookieState(choice.isEmpty() && !path.equals("/cookies"),
                choice.map(c -> c.allows(CookieBanner.STATISTICS)).orElse(false), CookieController.safeReturn(path),
                banner.categories());
    }
}

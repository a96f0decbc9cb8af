package dk.tillid.site;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import dk.tillid.platform.AgencyTime;
import dk.tillid.policy.Policy;
import dk.tillid.policy.Text;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

/**
 * The cookie banner as the policy defines it: one category per purpose of the cookies that need
 * consent, each with the wording the policy gives that purpose, and a version that changes whenever
 * the policy's cookies or wordings change, so that an old answer is asked again. Also makes the
 * cookies themselves, with the lifetimes the policy declares.
 */
@Component
class CookieBanner {

    static final String CONSENT_COOKIE = "tillid_consent";
    static final String STATISTICS_COOKIE = "tillid_stats";
    static final String STATISTICS = "P-PUR-WEB";

    /** A category of cookies the visitor may allow: a purpose, what they say yes to, and its cookies. */
    record Category(String purpose, Text wording, String wordingVersion, List<Policy.Cookie> cookies) {
    }

    private final Policy policy;
    private final Clock clock;
    private final List<Category> categories;
    private final String version;

    CookieBanner(Policy policy, Clock clock) {
        this.policy = policy;
        this.clock = clock;
        Map<String, List<Policy.Cookie>> byPurpose = policy.cookies().stream().filter(cookie -> !cookie.necessary())
                .collect(Collectors.groupingBy(Policy.Cookie::purpose, LinkedHashMap::new, Collectors.toList()));
        this.categories = byPurpose.entrySet().stream().map(entry -> {
            Policy.ConsentWording wording = policy.currentConsentWording(entry.getKey(), null).orElseThrow(() ->
                    new IllegalStateException("The policy gives no consent wording for cookies of " + entry.getKey()));
            return new Category(entry.getKey(), wording.text(), wording.version(), entry.getValue());
        }).toList();
        this.version = fingerprint(policy, categories);
    }

    List<Category> categories() {
        return categories;
    }

    Set<String> purposes() {
        return categories.stream().map(Category::purpose).collect(Collectors.toUnmodifiableSet());
    }

    String version() {
        return version;
    }

    /** The visitor's choice, if they made one for this banner. */
    Optional<CookieChoice> choiceOf(HttpServletRequest request) {
        return cookie(request, CONSENT_COOKIE).flatMap(value -> CookieChoice.parse(value, purposes()))
                .filter(choice -> choice.bannerVersion().equals(version));
    }

    Optional<String> statisticsVisitor(HttpServletRequest request) {
        return cookie(request, STATISTICS_COOKIE).filter(value -> value.matches("[A-Za-z0-9_-]{22}"));
    }

    ResponseCookie consentCookie(CookieChoice choice, boolean secure) {
        return cookie(CONSENT_COOKIE, choice.cookieValue(), secure).maxAge(lifetimeOf(CONSENT_COOKIE)).build();
    }

    ResponseCookie statisticsCookie(String visitor, boolean secure) {
        return cookie(STATISTICS_COOKIE, visitor, secure).maxAge(lifetimeOf(STATISTICS_COOKIE)).build();
    }

    ResponseCookie statisticsCookieRemoved(boolean secure) {
        return cookie(STATISTICS_COOKIE, "", secure).maxAge(Duration.ZERO).build();
    }

    /** The lifetime the policy declares for the cookie, counted in the agency's calendar from now. */
    Duration lifetimeOf(String name) {
        Policy.Cookie declared = policy.cookies().stream().filter(cookie -> cookie.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("The policy does not declare the cookie " + name));
        ZonedDateTime now = clock.instant().atZone(AgencyTime.ZONE);
        return Duration.between(now, now.plus(declared.lifetime()));
    }

    private static ResponseCookie.ResponseCookieBuilder cookie(String name, String value, boolean secure) {
        return ResponseCookie.from(name, value).path("/").httpOnly(true).sameSite("Lax").secure(secure);
    }

    private static Optional<String> cookie(HttpServletRequest request, String name) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie cookie : cookies) {
            if (name.equals(cookie.getName())) {
                return Optional.ofNullable(cookie.getValue());
            }
        }
        return Optional.empty();
    }

    private static String fingerprint(Policy policy, List<Category> categories) {
        StringBuilder text = new StringBuilder();
        policy.cookies().forEach(cookie -> text.append(cookie.name()).append('|').append(cookie.purpose()).append('|')
                .append(cookie.lifetime()).append('|').append(cookie.necessary()).append('\n'));
        categories.forEach(category -> text.append(category.wordingVersion()).append('\n'));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

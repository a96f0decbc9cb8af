package dk.tillid.site;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import dk.tillid.IntegrationTest;
import dk.tillid.MutableClock;
import dk.tillid.policy.Policy;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

@IntegrationTest
class CookieConsentTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CookieBanner banner;

    @Autowired
    Policy policy;

    @Autowired
    WebDataRetention retention;

    @Autowired
    MutableClock clock;

    @Test
    void aFirstVisitAsksWithEqualButtonsAndSetsNoCookieAndLoadsNoStatistics() {
        MvcTestResult home = mvc.get().uri("/").header("Accept-Language", "en").exchange();

        assertThat(home.getResponse().getHeaders("Set-Cookie")).isEmpty();
        assertThat(home).bodyText().contains("Cookies and statistics", "name=\"decision\" value=\"reject\" class=\"choice\"",
                "name=\"decision\" value=\"accept\" class=\"choice\"").doesNotContain("stats.js", "_csrf");
    }

    @Test
    void theDeclarationOffersAChoicePerCategoryOfThePolicy() {
        MvcTestResult page = mvc.get().uri("/cookies").header("Accept-Language", "en").exchange();

        assertThat(page).bodyText().contains("id=\"choice\"", "name=\"allowed\" value=\"P-PUR-WEB\"",
                "You have not chosen yet", "value=\"save\"");
        MvcTestResult accepted = choose("accept");
        assertThat(mvc.get().uri("/cookies").header("Accept-Language", "en").cookie(cookie(accepted, "tillid_consent"))
                .exchange()).bodyText().contains("You have said yes to statistics", "value=\"P-PUR-WEB\" checked");
    }

    @Test
    void rejectingSetsOnlyTheChoiceAndKeepsProofOfIt() {
        MvcTestResult rejected = choose("reject");

        assertThat(cookieNames(rejected)).containsExactly("tillid_consent");
        CookieChoice choice = choiceIn(rejected);
        assertThat(choice.allowed()).isEmpty();
        assertThat(jdbc.sql("SELECT banner_version FROM cookie_consent WHERE id = :id").param("id", choice.id())
                .query(String.class).single()).isEqualTo(banner.version());
        MvcTestResult next = mvc.get().uri("/").cookie(cookie(rejected, "tillid_consent")).exchange();
        assertThat(next).bodyText().doesNotContain("cookie-banner", "stats.js");
    }

    @Test
    void acceptingSetsTheStatisticsCookieAndThePagesThenCountWithAShortenedAddress() {
        MvcTestResult accepted = choose("accept");
        Cookie consent = cookie(accepted, "tillid_consent");
        Cookie stats = cookie(accepted, "tillid_stats");

        assertThat(mvc.get().uri("/privacy").cookie(consent, stats).exchange()).bodyText()
                .contains("/js/stats.js").doesNotContain("cookie-banner");
        hit("/privacy", consent, stats).with(request -> {
            request.setRemoteAddr("192.0.2.77");
            return request;
        }).exchange();

        assertThat(jdbc.sql("SELECT network FROM page_view WHERE visitor = :visitor").param("visitor", stats.getValue())
                .query(String.class).list()).containsExactly("192.0.2.0/24");
    }

    @Test
    void nothingIsCountedWithoutAYesOrForAPageThatIsNotPublic() {
        MvcTestResult rejected = choose("reject");
        MvcTestResult accepted = choose("accept");
        String visitor = "AAAAAAAAAAAAAAAAAAAAAA";

        hit("/", cookie(rejected, "tillid_consent"), new Cookie("tillid_stats", visitor)).exchange();
        hit("/candidates/" + UUID.randomUUID(), cookie(accepted, "tillid_consent"), new Cookie("tillid_stats", visitor)).exchange();

        assertThat(jdbc.sql("SELECT count(*) FROM page_view WHERE visitor = :visitor").param("visitor", visitor)
                .query(Long.class).single()).isZero();
    }

    @Test
    void aHandMadeConsentCookieCountsNothing() {
        Cookie forged = new Cookie("tillid_consent", UUID.randomUUID() + "." + banner.version() + ".P-PUR-WEB");
        String visitor = "BBBBBBBBBBBBBBBBBBBBBB";

        hit("/", forged, new Cookie("tillid_stats", visitor)).exchange();

        assertThat(jdbc.sql("SELECT count(*) FROM page_view WHERE visitor = :visitor").param("visitor", visitor)
                .query(Long.class).single()).isZero();
    }

    @Test
    void oneBrowserIsCountedAtMostSoOftenAMinute() {
        MvcTestResult accepted = choose("accept");
        Cookie consent = cookie(accepted, "tillid_consent");
        Cookie stats = cookie(accepted, "tillid_stats");

        for (int i = 0; i < StatisticsController.MAX_PER_MINUTE + 10; i++) {
            hit("/jobs", consent, stats).exchange();
        }

        assertThat(jdbc.sql("SELECT count(*) FROM page_view WHERE visitor = :visitor").param("visitor", stats.getValue())
                .query(Long.class).single()).isEqualTo(StatisticsController.MAX_PER_MINUTE);
    }

    @Test
    void sayingNoLaterRemovesTheStatisticsCookieAndWhatWasCounted() {
        MvcTestResult accepted = choose("accept");
        Cookie stats = cookie(accepted, "tillid_stats");
        hit("/", cookie(accepted, "tillid_consent"), stats).exchange();

        MvcTestResult withdrawn = mvc.post().uri("/cookies/consent").param("decision", "reject")
                .cookie(cookie(accepted, "tillid_consent"), stats).exchange();

        assertThat(cookie(withdrawn, "tillid_stats").getMaxAge()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM page_view WHERE visitor = :visitor").param("visitor", stats.getValue())
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT replaces FROM cookie_consent WHERE id = :id").param("id", choiceIn(withdrawn).id())
                .query(UUID.class).single()).isEqualTo(choiceIn(accepted).id());
    }

    @Test
    void aChoicePostedFromAnotherSiteIsRefused() {
        var forged = mvc.post().uri("/cookies/consent").param("decision", "accept")
                .header("Origin", "https://evil.example").exchange();
        var crossSite = mvc.post().uri("/cookies/consent").param("decision", "accept")
                .header("Sec-Fetch-Site", "cross-site").exchange();

        assertThat(forged).hasStatus(403);
        assertThat(crossSite).hasStatus(403);
        assertThat(forged.getResponse().getHeaders("Set-Cookie")).isEmpty();
    }

    @Test
    void anAnswerToAnOlderBannerIsAskedAgainAndReturnGoesNowhereElse() {
        Cookie old = new Cookie("tillid_consent", UUID.randomUUID() + ".000000000000.none");

        assertThat(mvc.get().uri("/").cookie(old).exchange()).bodyText().contains("cookie-banner");
        assertThat(mvc.post().uri("/cookies/consent").param("decision", "reject").param("returnTo", "//evil.example/x")
                .exchange()).redirectedUrl().isEqualTo("/");
        assertThat(mvc.post().uri("/cookies/consent").param("decision", "reject").param("returnTo", "/privacy")
                .exchange()).redirectedUrl().isEqualTo("/privacy");
    }

    @Test
    void theCookiesTheSiteSetsAreExactlyThoseThePolicyListsWithTheirLifetimes() {
        Map<String, Cookie> set = new java.util.HashMap<>();
        List.of(choose("accept"), mvc.get().uri("/privacy?lang=en").exchange(),
                        mvc.get().uri("/login").exchange())
                .forEach(result -> Arrays.stream(result.getResponse().getCookies()).forEach(c -> set.put(c.getName(), c)));
        // The session cookie is Spring Session's (sessions live in the database), set by the login page's CSRF token.
        assertThat(set).containsKey("JSESSIONID");

        assertThat(set.keySet()).containsExactlyInAnyOrderElementsOf(
                policy.cookies().stream().map(Policy.Cookie::name).collect(Collectors.toSet()));
        policy.cookies().stream().filter(declared -> !declared.endsWithSession()).forEach(declared -> {
            Duration lifetime = banner.lifetimeOf(declared.name());
            assertThat((long) set.get(declared.name()).getMaxAge()).as(declared.name())
                    .isCloseTo(lifetime.toSeconds(), within(Duration.ofDays(3).toSeconds()));
        });
    }

    @Test
    void websiteDataIsDeletedWhenThePolicySays() {
        MvcTestResult accepted = choose("accept");
        Cookie stats = cookie(accepted, "tillid_stats");
        hit("/", cookie(accepted, "tillid_consent"), stats).exchange();

        clock.advance(Duration.ofDays(2 * 366));
        try {
            retention.purge();
        } finally {
            clock.reset();
        }

        assertThat(jdbc.sql("SELECT count(*) FROM page_view WHERE visitor = :visitor").param("visitor", stats.getValue())
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM cookie_consent WHERE id = :id").param("id", choiceIn(accepted).id())
                .query(Long.class).single()).isZero();
    }

    @Test
    @org.springframework.security.test.context.support.WithMockUser(roles = "ADMIN")
    void theAdministratorSeesViewsAndVisitorsPerPage() {
        MvcTestResult accepted = choose("accept");
        hit("/cookies", cookie(accepted, "tillid_consent"), cookie(accepted, "tillid_stats")).exchange();

        assertThat(mvc.get().uri("/admin/statistics").header("Accept-Language", "en").exchange()).hasStatusOk()
                .bodyText().contains("Website statistics", "<code>/cookies</code>");
    }

    @Test
    @org.springframework.security.test.context.support.WithMockUser(roles = "RECRUITER")
    void otherStaffDoNotSeeTheStatistics() {
        assertThat(mvc.get().uri("/admin/statistics").exchange()).hasStatus(403);
    }

    private MvcTestResult choose(String decision) {
        MvcTestResult result = mvc.post().uri("/cookies/consent").param("decision", decision).param("returnTo", "/").exchange();
        assertThat(result).hasStatus3xxRedirection();
        return result;
    }

    private MockMvcTester.MockMvcRequestBuilder hit(String path, Cookie... cookies) {
        return mvc.post().uri("/stats/hit").contentType(MediaType.APPLICATION_JSON).cookie(cookies)
                .content("{\"path\": \"" + path + "\", \"referrer\": \"https://www.jobindex.dk/jobs?q=truck\"}");
    }

    private CookieChoice choiceIn(MvcTestResult result) {
        return CookieChoice.parse(cookie(result, "tillid_consent").getValue(), banner.purposes()).orElseThrow();
    }

    private static Cookie cookie(MvcTestResult result, String name) {
        Cookie cookie = result.getResponse().getCookie(name);
        assertThat(cookie).as(name).isNotNull();
        return cookie;
    }

    private static List<String> cookieNames(MvcTestResult result) {
        return Arrays.stream(result.getResponse().getCookies()).map(Cookie::getName).toList();
    }
}

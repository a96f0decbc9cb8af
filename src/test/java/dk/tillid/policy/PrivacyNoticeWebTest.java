package dk.tillid.policy;

import dk.tillid.IntegrationTest;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/** The public notice and cookie declaration: rendered from the policy, in Danish and English, without login. */
@IntegrationTest
class PrivacyNoticeWebTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Policy policy;

    @Test
    void danishForADanishBrowser() {
        MvcTestResult page = mvc.get().uri("/privacy").header("Accept-Language", "da-DK,da;q=0.9,en;q=0.5").exchange();

        assertThat(page).hasStatusOk();
        assertThat(page).bodyText()
                .contains("<html lang=\"da\">", "Privatlivspolitik", "Hvem er vi?")
                .contains(policy.purpose("P-PUR-3").name().da())
                .contains("seks måneder efter vores seneste kontakt")
                .doesNotContain(policy.purpose("P-PUR-3").name().en());
    }

    @Test
    void englishForAnEnglishBrowser() {
        MvcTestResult page = mvc.get().uri("/privacy").header("Accept-Language", "en-GB,en;q=0.8").exchange();

        assertThat(page).hasStatusOk();
        assertThat(page).bodyText()
                .contains("<html lang=\"en\">", "Privacy policy", "Who we are")
                .contains(policy.purpose("P-PUR-3").name().en());
    }

    @Test
    void danishWhenTheBrowserSpeaksNeither() {
        assertThat(mvc.get().uri("/privacy").header("Accept-Language", "fr-FR").exchange())
                .bodyText().contains("<html lang=\"da\">");
    }

    @Test
    void theReaderCanSwitchLanguageAndTheChoiceIsRemembered() {
        MvcTestResult switched = mvc.get().uri("/privacy?lang=en").header("Accept-Language", "da").exchange();

        assertThat(switched).bodyText().contains("<html lang=\"en\">");
        assertThat(switched).cookies().containsCookie("tillid_lang");
        Cookie choice = switched.getResponse().getCookie("tillid_lang");
        assertThat(mvc.get().uri("/cookies").header("Accept-Language", "da").cookie(choice).exchange())
                .bodyText().contains("<html lang=\"en\">", "Cookie declaration");
    }

    @Test
    void visitingThePublicPagesSetsNoCookieAndNeedsNoLogin() {
        for (String page : new String[] {"/", "/privacy", "/cookies"}) {
            MvcTestResult result = mvc.get().uri(page).exchange();
            assertThat(result).as(page).hasStatusOk();
            assertThat(result.getResponse().getHeaders("Set-Cookie")).as("cookies set by %s", page).isEmpty();
        }
    }

    @Test
    void theNoticeNamesEveryPublicPartOfThePolicy() throws Exception {
        String notice = mvc.get().uri("/privacy").header("Accept-Language", "en").exchange()
                .getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);

        policy.purposes().forEach(purpose -> assertThat(notice).contains(escape(purpose.name().en())));
        policy.recipients().forEach(recipient -> assertThat(notice).contains(escape(recipient.name().en())));
        policy.rights().forEach(right -> assertThat(notice).contains(escape(right.description().en())));
        policy.publicRetentionRules().forEach(rule -> assertThat(notice).contains(escape(rule.description().en())));
        policy.publicSubjects().forEach(subject -> policy.categoriesOf(subject.id())
                .forEach(category -> assertThat(notice).contains(escape(category.description().en()))));
        assertThat(notice).contains(policy.controller().name(), policy.controller().cvr(),
                policy.supervisoryAuthority().email());
    }

    @Test
    void theNoticeLeavesOutTheAgencysOwnStaff() throws Exception {
        String notice = mvc.get().uri("/privacy").header("Accept-Language", "en").exchange()
                .getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);

        assertThat(notice).doesNotContain(policy.category("P-STAFF-1").name().en());
    }

    @Test
    void theCookieDeclarationListsEveryCookieWithPurposeAndLifetime() {
        MvcTestResult page = mvc.get().uri("/cookies").header("Accept-Language", "da").exchange();

        assertThat(page).hasStatusOk();
        policy.cookies().forEach(cookie -> assertThat(page).bodyText()
                .contains("<code>" + cookie.name() + "</code>", cookie.description().da()));
        assertThat(page).bodyText().contains("12 måneder", "6 måneder", "Slettes, når browsersessionen slutter",
                "Kun med dit samtykke");
    }

    private static String escape(String text) {
        return text.replace("'", "&#39;");
    }
}

package dk.tillid.site;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.stream.Collectors;

import com.icegreen.greenmail.util.GreenMail;
import dk.tillid.Browser;
import dk.tillid.BrowserTest;
import dk.tillid.candidate.CandidateSummary;
import dk.tillid.candidate.Candidates;
import dk.tillid.document.DocumentInfo;
import dk.tillid.document.Documents;
import dk.tillid.document.SampleFiles;
import dk.tillid.person.PersonId;
import dk.tillid.person.Persons;
import dk.tillid.policy.Policy;
import dk.tillid.policy.PurposeId;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The public website in a real browser: registration with a CV, and what happens before and after a cookie choice. */
@BrowserTest
class WebsiteBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    GreenMail greenMail;

    @Autowired
    Persons persons;

    @Autowired
    Candidates candidates;

    @Autowired
    Documents documents;

    @Autowired
    Policy policy;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path files;

    @Test
    void aCandidateRegistersWithACvThroughTheRealPageAndConfirmsByTheMailedLink() throws Exception {
        String email = "browser." + UUID.randomUUID().toString().substring(0, 8) + "@example.dk";
        Path cv = files.resolve("Ærøs CV.pdf");
        Files.write(cv, SampleFiles.pdf("Åse Ærø, truckfører og lagermedarbejder i Ølstykke"));

        try (Browser browser = Browser.open(port)) {
            browser.go("/register");
            type(browser, "candidate.givenName", "Åse");
            type(browser, "candidate.familyName", "Ærø-Østergård");
            type(browser, "candidate.email", email);
            type(browser, "candidate.headline", "Truckfører med certifikat");
            browser.driver().findElement(By.id("cv")).sendKeys(cv.toAbsolutePath().toString());
            assertThat(browser.driver().findElement(By.name("marketing")).isSelected()).isFalse();
            browser.driver().findElement(By.cssSelector("form[action='/register'] button[type=submit]")).click();

            browser.waiting().until(ExpectedConditions.urlContains("/register/sent"));
            assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Tjek din e-mail");
            assertThat(persons.findByEmail(email, PurposeId.JOB_MATCHING)).isEmpty();

            browser.driver().get(link(email));
            browser.driver().findElement(By.cssSelector("form[action='/register/confirm'] button")).click();
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "bekræftet"));

            PersonId id = persons.findByEmail(email, PurposeId.JOB_MATCHING).orElseThrow();
            assertThat(candidates.get(id, PurposeId.JOB_MATCHING).person().name().fullName()).isEqualTo("Åse Ærø-Østergård");
            assertThat(documents.list(id, PurposeId.JOB_MATCHING)).extracting(DocumentInfo::displayName)
                    .containsExactly("Ærøs CV.pdf");
            assertThat(documents.peopleWhoseDocumentsSay("truckfører ølstykke")).contains(id);
            assertThat(candidates.get(id, PurposeId.JOB_MATCHING).status()).isEqualTo(CandidateSummary.Status.ACTIVE);
        }
    }

    @Test
    void beforeAnyChoiceTheBrowserHoldsNoCookieAndMakesNoStatisticsRequest() {
        long views = pageViews();
        try (Browser browser = Browser.open(port)) {
            for (String page : new String[] {"/", "/jobs", "/privacy", "/cookies"}) {
                browser.go(page);
                assertThat(browser.requests()).as(page).noneMatch(url -> url.contains("/stats"));
            }

            assertThat(browser.driver().manage().getCookies()).isEmpty();
        }
        assertThat(pageViews()).isEqualTo(views);
    }

    @Test
    void afterAYesTheStatisticsCookieIsSetAndEachPageIsCounted() {
        long views = pageViews();
        try (Browser browser = Browser.open(port)) {
            browser.go("/privacy");
            browser.driver().findElement(By.cssSelector(".cookie-banner button[value=accept]")).click();

            browser.waiting().until(driver -> driver.manage().getCookieNamed("tillid_stats") != null);
            assertThat(browser.driver().getCurrentUrl()).isEqualTo(browser.url("/privacy"));
            assertThat(cookieNames(browser)).isEqualTo(Set.of("tillid_consent", "tillid_stats"));
            assertThat(browser.driver().findElements(By.cssSelector(".cookie-banner"))).isEmpty();
            browser.waiting().until(driver -> browser.requests().stream().anyMatch(url -> url.endsWith("/stats/hit")));
            browser.go("/jobs");
            browser.waiting().until(driver -> browser.requests().stream().anyMatch(url -> url.endsWith("/stats/hit")));
        }
        awaitPageViews(views + 2);
    }

    @Test
    void sayingNoIsAsEasyAsSayingYesAndSetsNothingButTheChoice() {
        try (Browser browser = Browser.open(port)) {
            browser.go("/");
            WebElement no = browser.driver().findElement(By.cssSelector(".cookie-banner button[value=reject]"));
            WebElement yes = browser.driver().findElement(By.cssSelector(".cookie-banner button[value=accept]"));
            assertThat(no.isDisplayed()).isTrue();
            assertThat(yes.isDisplayed()).isTrue();
            assertThat(no.getSize().getHeight()).isEqualTo(yes.getSize().getHeight());
            assertThat(no.getCssValue("background-color")).isEqualTo(yes.getCssValue("background-color"));
            assertThat(no.getCssValue("font-size")).isEqualTo(yes.getCssValue("font-size"));
            assertThat(no.getLocation().getY()).isEqualTo(yes.getLocation().getY());

            no.click();

            browser.waiting().until(driver -> driver.manage().getCookieNamed("tillid_consent") != null);
            assertThat(cookieNames(browser)).isEqualTo(Set.of("tillid_consent"));
            browser.go("/jobs");
            assertThat(browser.driver().findElements(By.cssSelector(".cookie-banner"))).isEmpty();
            assertThat(browser.requests()).noneMatch(url -> url.contains("/stats"));
        }
    }

    @Test
    void theChoiceCanBeReopenedFromEveryPageAndChanged() {
        try (Browser browser = Browser.open(port)) {
            browser.go("/");
            browser.driver().findElement(By.cssSelector(".cookie-banner button[value=accept]")).click();
            browser.waiting().until(driver -> driver.manage().getCookieNamed("tillid_stats") != null);

            for (String page : new String[] {"/", "/jobs", "/register", "/privacy"}) {
                browser.go(page);
                assertThat(browser.driver().findElements(By.cssSelector("footer a[href='/cookies#choice']"))).as(page).hasSize(1);
            }
            browser.driver().findElement(By.cssSelector("footer a[href='/cookies#choice']")).click();
            WebElement statistics = browser.waiting().until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("input[name=allowed][value='P-PUR-WEB']")));
            assertThat(statistics.isSelected()).isTrue();
            statistics.click();
            browser.driver().findElement(By.cssSelector("button[value=save]")).click();

            browser.waiting().until(driver -> driver.manage().getCookieNamed("tillid_stats") == null);
            Set<String> necessary = policy.cookies().stream().filter(Policy.Cookie::necessary).map(Policy.Cookie::name)
                    .collect(Collectors.toSet());
            assertThat(cookieNames(browser)).contains("tillid_consent").allMatch(necessary::contains);
            assertThat(browser.driver().findElement(By.cssSelector("#choice + p")).getText()).contains("sagt nej");
        }
    }

    @Test
    void aFileTooLargeToReceiveGetsAPageThatSaysSo() throws Exception {
        Path huge = files.resolve("stort.pdf");
        Files.write(huge, new byte[21 * 1024 * 1024]);
        try (Browser browser = Browser.open(port)) {
            browser.go("/register");
            type(browser, "candidate.givenName", "Ida");
            type(browser, "candidate.familyName", "Holm");
            type(browser, "candidate.email", "huge." + UUID.randomUUID().toString().substring(0, 8) + "@example.dk");
            browser.driver().findElement(By.id("cv")).sendKeys(huge.toAbsolutePath().toString());
            browser.driver().findElement(By.cssSelector("form[action='/register'] button[type=submit]")).click();

            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Filen er for stor"));
            assertThat(browser.driver().getPageSource()).contains("intet blev gemt").doesNotContain("Exception");
        }
    }

    private static void type(Browser browser, String field, String text) {
        WebElement input = browser.driver().findElement(By.id(field));
        input.clear();
        input.sendKeys(text);
    }

    private static Set<String> cookieNames(Browser browser) {
        return browser.driver().manage().getCookies().stream().map(Cookie::getName).collect(Collectors.toSet());
    }

    private String link(String email) throws Exception {
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < until) {
            for (MimeMessage message : greenMail.getReceivedMessages()) {
                boolean mine = Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                        .anyMatch(to -> to.toString().equals(email));
                if (mine) {
                    Matcher link = RegistrationTest.LINK.matcher((String) message.getContent());
                    assertThat(link.find()).isTrue();
                    return "http://localhost:" + port + link.group();
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("No confirmation mail reached the address");
    }

    private long pageViews() {
        return jdbc.sql("SELECT count(*) FROM page_view").query(Long.class).single();
    }

    private void awaitPageViews(long atLeast) {
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (pageViews() < atLeast && System.nanoTime() < until) {
            Thread.onSpinWait();
        }
        assertThat(pageViews()).isGreaterThanOrEqualTo(atLeast);
    }
}

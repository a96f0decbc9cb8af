package dk.tillid.placement;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import dk.tillid.Browser;
import dk.tillid.BrowserTest;
import dk.tillid.candidate.Candidate;
import dk.tillid.candidate.Candidates;
import dk.tillid.candidate.LanguageSkill;
import dk.tillid.candidate.NewCandidate;
import dk.tillid.candidate.Profile;
import dk.tillid.client.ClientFixtures;
import dk.tillid.identity.Role;
import dk.tillid.identity.StaffFixtures;
import dk.tillid.person.ContactDetails;
import dk.tillid.person.NewPerson;
import dk.tillid.person.PersonId;
import dk.tillid.person.PersonKind;
import dk.tillid.person.PersonName;
import dk.tillid.policy.PurposeId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The agency's day in a real browser: a recruiter takes a client's order to a placed, working temp,
 * and payroll pays the hours. Only the candidate (who registers on the website, tested elsewhere)
 * and the payroll provider in the processor register (the DPO's page, tested elsewhere) are set up
 * behind the browser's back.
 */
@BrowserTest
class PlacementBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    Candidates candidates;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path downloads;

    @Test
    void aRecruiterTakesAnOrderToAPlacedWorkingTempAndPayrollPaysTheHours() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6).chars()
                .mapToObj(c -> String.valueOf((char) (Character.isDigit(c) ? 'a' + (c - '0') : c)))
                .collect(java.util.stream.Collectors.joining());
        String recruiter = "rekrutter-" + tag;
        String recruiterPassword = StaffFixtures.account(context, recruiter, List.of(Role.RECRUITER));
        String payroll = "loen-" + tag;
        String payrollPassword = StaffFixtures.account(context, payroll, List.of(Role.PAYROLL));
        PersonId temp = confirmedCandidate("Søren", "Ravn-" + tag);
        String provider = payrollProvider("Lønbureau " + tag);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Copenhagen"));

        try (Browser browser = Browser.open(port, downloads)) {
            // A click that submits a form returns before the next page is there: look for up to 5 s.
            browser.driver().manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
            signIn(browser, recruiter, recruiterPassword);

            browser.go("/clients/new");
            type(browser, "name", "Havnens Lager " + tag);
            type(browser, "cvr", ClientFixtures.cvr());
            type(browser, "city", "Esbjerg");
            submit(browser);
            assertThat(heading(browser)).isEqualTo("Havnens Lager " + tag);

            browser.navigating(By.linkText("Tilføj en kontaktperson"));
            type(browser, "givenName", "Kirsten");
            type(browser, "familyName", "Kunde");
            type(browser, "email", "kirsten." + tag + "@havnens-lager.example");
            type(browser, "position", "Driftschef");
            submit(browser);
            assertThat(text(browser)).contains("Kontaktpersonen er tilføjet.", "Kirsten Kunde");

            browser.navigating(By.linkText("Ny ordre"));
            type(browser, "title", "Truckfører " + tag);
            type(browser, "skills", "truck, lager");
            type(browser, "languages", "da:B2");
            type(browser, "city", "Esbjerg");
            type(browser, "postcode", "6700");
            new Select(browser.driver().findElement(By.id("kind"))).selectByValue("TEMPORARY");
            date(browser, "start", today.minusDays(2));
            type(browser, "durationWeeks", "4");
            type(browser, "positions", "1");
            submit(browser);
            assertThat(text(browser)).contains("Ordren er oprettet.", "Truckfører " + tag, "Åben");

            browser.navigating(By.linkText("Find kandidater"));
            WebElement row = browser.waiting().until(driver -> driver.findElements(By.cssSelector("tr, li, article")).stream()
                    .filter(element -> element.getText().contains("Søren Ravn-" + tag)).findFirst().orElse(null));
            assertThat(row.getText()).containsIgnoringCase("truck");
            browser.navigating(row.findElement(By.cssSelector("button[type=submit]")));
            assertThat(browser.driver().getCurrentUrl()).contains("/placements/");
            assertThat(heading(browser)).contains("Søren Ravn-" + tag);

            clickButton(browser, "/accept");
            date(browser, "firstDay", today.minusDays(2));
            type(browser, "hourlyPay", "185.50");
            clickButton(browser, "/start");
            date(browser, "day", today.minusDays(1));
            type(browser, "hours", "7.5");
            clickButton(browser, "/hours");
            assertThat(browser.driver().findElement(By.tagName("main")).getText()).contains("7.5");

            browser.navigating(By.cssSelector("form[action='/logout'] button"));
            signIn(browser, payroll, payrollPassword);
            browser.go("/employees/" + temp.value());
            browser.driver().findElement(By.id("cpr")).sendKeys("0107904125");
            browser.navigating(By.cssSelector("form[action$='/cpr'] button"));
            assertThat(text(browser)).contains("010790-4125");
            browser.go("/payroll");
            date(browser, "from", today.minusDays(7));
            date(browser, "to", today);
            new Select(browser.driver().findElement(By.id("provider"))).selectByVisibleText(provider);
            new Select(browser.driver().findElement(By.id("format"))).selectByValue("CSV");
            // The answer is a download: the page stays.
            browser.driver().findElement(By.cssSelector("main form button[type=submit]")).click();

            Path file = browser.waiting().withTimeout(Duration.ofSeconds(20)).until(driver -> finishedDownload());
            String csv = Files.readString(file, StandardCharsets.UTF_8);
            assertThat(csv).contains("Søren Ravn-" + tag, "010790", "4125", "7.5", "185.50", "1391.25");
        }
        assertThat(jdbc.sql("SELECT count(*) FROM disclosure WHERE subject_id = :s AND recipient_name = :p AND status = 'DELIVERED'")
                .param("s", temp.value()).param("p", provider).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM disclosure WHERE subject_id = :s AND recipient = 'P-REC-1'")
                .param("s", temp.value()).query(Long.class).single()).as("the profile sent to the client").isEqualTo(1);
    }

    private PersonId confirmedCandidate(String given, String family) {
        PersonId id = candidates.register(new NewCandidate(new NewPerson(PersonKind.CANDIDATE, new PersonName(given, family),
                new ContactDetails(family.toLowerCase() + "@example.dk", null), null, null),
                new Profile("Truckfører med certifikat", null, List.of("truck", "lager"), Profile.WorkType.EITHER, "Esbjerg",
                        null)), Candidate.RegisteredVia.WEBSITE, PurposeId.JOB_MATCHING);
        candidates.setLanguage(id, new LanguageSkill("da", LanguageSkill.Level.NATIVE), PurposeId.JOB_MATCHING);
        candidates.confirmEmail(id, PurposeId.JOB_MATCHING);
        return id;
    }

    private String payrollProvider(String name) {
        jdbc.sql("""
                        INSERT INTO processor (id, name, service, agreement_reference, categories, country, active, updated_at)
                        VALUES (:id, :name, 'Lønservice', 'DBA-2026-9', '{P-DATA-1,P-DATA-7,P-DATA-9}', 'DK', true, now())""")
                .param("id", UUID.randomUUID()).param("name", name).update();
        return name;
    }

    /** The CSV once Chromium has finished writing it: no partial download left, and the file not empty. */
    private Path finishedDownload() {
        try (Stream<Path> files = Files.list(downloads)) {
            List<Path> all = files.toList();
            if (all.stream().anyMatch(file -> file.toString().endsWith(".crdownload"))) {
                return null;
            }
            for (Path file : all) {
                if (file.toString().endsWith(".csv") && Files.size(file) > 0
                        && Files.readString(file, StandardCharsets.UTF_8).contains("employeeNumber")) {
                    return file;
                }
            }
            return null;
        } catch (java.io.IOException e) {
            return null;
        }
    }

    private static void signIn(Browser browser, String username, String password) {
        browser.go("/login");
        browser.driver().findElement(By.id("username")).sendKeys(username);
        browser.driver().findElement(By.id("password")).sendKeys(password);
        submit(browser);
        StaffFixtures.enterSecondFactor(browser, username);
    }

    private static void type(Browser browser, String id, String value) {
        WebElement field = browser.driver().findElement(By.id(id));
        field.clear();
        field.sendKeys(value);
    }

    /** Date inputs take keys in the browser's locale; setting the value is what a date picker does. */
    private static void date(Browser browser, String id, LocalDate day) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];",
                browser.driver().findElement(By.id(id)), day.toString());
    }

    /** Submits the page's form and waits for the next page (a click returns before it is there). */
    private static void submit(Browser browser) {
        browser.navigating(By.cssSelector("main form:not([action='/logout']) button[type=submit]"));
    }

    private static void clickButton(Browser browser, String actionEnding) {
        browser.navigating(By.cssSelector("form[action$='" + actionEnding + "'] button"));
    }




    private static String heading(Browser browser) {
        return browser.driver().findElement(By.tagName("h1")).getText();
    }

    private static String text(Browser browser) {
        return browser.driver().findElement(By.tagName("main")).getText();
    }
}

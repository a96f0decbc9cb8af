package dk.tillid.identity;

import java.time.Clock;
import java.util.EnumSet;
import java.util.UUID;

import dk.tillid.Browser;
import dk.tillid.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new staff member in a real browser: the one-time password, their own password, the second factor
 * enrolled by reading the key from the page (as a phone scanning the QR code would, the code is
 * computed here), the recovery codes; then out, and in again with password and code.
 */
@BrowserTest
class SecondFactorBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    Clock clock;

    @Test
    void aNewStaffMemberEnrolsTotpAndSignsInWithPasswordAndCode() {
        String username = "totp-" + UUID.randomUUID().toString().substring(0, 8);
        String oneTime = accounts.create(username, "Test Rekrutter", EnumSet.of(Role.RECRUITER)).orElseThrow();
        String password = "syv små grønne frøer " + UUID.randomUUID().toString().substring(0, 4);

        try (Browser browser = Browser.open(port)) {
            signIn(browser, username, oneTime);
            assertThat(browser.driver().getCurrentUrl()).endsWith("/account/password");
            type(browser, "currentPassword", oneTime);
            type(browser, "newPassword", password);
            type(browser, "confirmation", password);
            browser.navigating(By.cssSelector("main form[action='/account/password'] button[type=submit]"));

            assertThat(browser.driver().getCurrentUrl()).endsWith("/account/second-factor");
            assertThat(text(browser)).contains("Opsæt din anden faktor, før du fortsætter");
            assertThat(browser.driver().findElement(By.id("qr-code")).getAttribute("src"))
                    .startsWith("data:image/svg+xml;base64,");
            assertThat(((Number) ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                    .executeScript("return document.getElementById('qr-code').naturalWidth;")).intValue())
                    .as("the QR code is drawn (the CSP lets the data: image through)").isGreaterThan(0);
            byte[] secret = Totp.fromBase32(browser.driver().findElement(By.id("totp-secret")).getText());
            long enrolStep = Totp.step(clock.instant());
            type(browser, "currentPassword", password);
            type(browser, "newCode", Totp.code(secret, enrolStep));
            browser.navigating(By.cssSelector("main form[action='/account/second-factor'] button[type=submit]"));

            assertThat(text(browser)).contains("Din anden faktor er sat op.");
            assertThat(browser.driver().findElements(By.cssSelector("#recovery-codes li"))).hasSize(10);
            browser.navigating(By.id("continue"));
            assertThat(browser.driver().getCurrentUrl()).endsWith("/staff");
            browser.navigating(By.cssSelector("form[action='/logout'] button"));

            signIn(browser, username, password);
            assertThat(browser.driver().getCurrentUrl()).endsWith("/login/second-factor");
            browser.go("/candidates");
            assertThat(browser.driver().getCurrentUrl()).as("nothing opens before the code").endsWith("/login/second-factor");
            // The enrolment spent its step's code: the app's next code (accepted one step ahead) is the one to type.
            long step = Math.max(Totp.step(clock.instant()), enrolStep + 1);
            browser.driver().findElement(By.id("code")).sendKeys(Totp.code(secret, step));
            browser.navigating(By.cssSelector("main form[action='/login/second-factor'] button[type=submit]"));

            assertThat(browser.driver().getCurrentUrl()).endsWith("/staff");
            browser.go("/candidates");
            assertThat(browser.driver().getCurrentUrl()).endsWith("/candidates");
        }
    }

    private static void signIn(Browser browser, String username, String password) {
        browser.go("/login");
        type(browser, "username", username);
        type(browser, "password", password);
        browser.navigating(By.cssSelector("main form[action='/login'] button[type=submit]"));
    }

    private static void type(Browser browser, String id, String value) {
        var field = browser.driver().findElement(By.id(id));
        field.clear();
        field.sendKeys(value);
    }

    private static String text(Browser browser) {
        return browser.driver().findElement(By.tagName("main")).getText();
    }
}

package dk.tillid.outreach;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dk.tillid.Browser;
import dk.tillid.identity.StaffFixtures;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;

/**
 * The campaign pages as a recruiter uses them in Chromium: sign in, write a campaign, read its
 * preview, send it, and read the progress page as it stands, without ever reloading it ourselves
 * (the page does that, through its Refresh header).
 */
final class CampaignPages {

    /** Danish texts of the statuses (messages-outreach_da.properties). */
    static final String SENDING = "Sendes";
    static final String SENT = "Sendt";

    /**
     * One look at the progress page: the status shown, the bar's percent, the count per recipient
     * status, the sentence under the bar, an id of the loaded document (changes when the page reloads
     * itself) and how long the server took to answer that load.
     */
    record Seen(String status, int percent, Map<String, Integer> counts, String text, String load, double serverMillis) {

        int count(CampaignRepository.RecipientStatus status) {
            return counts.getOrDefault(status.name(), 0);
        }

        int settled() {
            return counts.values().stream().mapToInt(Integer::intValue).sum() - count(CampaignRepository.RecipientStatus.QUEUED);
        }
    }

    /**
     * Reads the page in one script, so the values come from one document even while it reloads;
     * null while a load is under way. The mark set on the window tells one load from the next.
     */
    private static final String READ = """
            if (document.readyState !== 'complete') { return null; }
            const status = document.getElementById('campaign-status');
            if (!status) { return null; }
            const counts = {};
            document.querySelectorAll('dd[id^="count-"]').forEach(e => counts[e.id.substring(6)] = e.textContent.trim());
            const bar = document.querySelector('#progress progress');
            const text = document.getElementById('progress-text');
            const navigation = performance.getEntriesByType('navigation')[0];
            if (!window.tillidLoad) { window.tillidLoad = Math.random().toString(36).substring(2); }
            return {status: status.textContent.trim(), percent: bar ? String(bar.value) : '-1', counts: counts,
                    text: text ? text.textContent.trim() : '', load: window.tillidLoad,
                    server: navigation ? String(navigation.responseStart - navigation.requestStart) : '-1'};
            """;

    private CampaignPages() {
    }

    static void signIn(Browser browser, String username, String password) {
        browser.go("/login");
        browser.driver().findElement(By.id("username")).sendKeys(username);
        browser.driver().findElement(By.id("password")).sendKeys(password);
        browser.navigating(By.cssSelector("main form:not([action='/logout']) button[type=submit]"));
        StaffFixtures.enterSecondFactor(browser, username);
    }

    /** Writes a campaign for everyone who opted in in the town; returns its id, from the page it lands on. */
    static UUID create(Browser browser, String name, String town) {
        browser.go("/campaigns/new");
        type(browser, "name", name);
        type(browser, "subjectDa", "Nyt fra os");
        type(browser, "textDa", "Kære læser\n\nHer er vores nyheder.");
        type(browser, "subjectEn", "News from us");
        type(browser, "textEn", "Dear reader\n\nHere is our news.");
        type(browser, "audienceCity", town);
        browser.navigating(By.cssSelector("main form:not([action='/logout']) button[type=submit]"));
        String url = browser.driver().getCurrentUrl();
        if (!url.matches(".*/campaigns/[0-9a-f-]{36}$")) {
            throw new AssertionError("the campaign was not saved: " + browser.driver().findElement(By.tagName("main")).getText());
        }
        return UUID.fromString(url.substring(url.length() - 36));
    }

    /** How long the server took to answer the page shown now (Navigation Timing: request to first byte). */
    static double serverMillis(Browser browser) {
        Object millis = ((JavascriptExecutor) browser.driver()).executeScript(
                "const n = performance.getEntriesByType('navigation')[0]; return n ? String(n.responseStart - n.requestStart) : '-1';");
        return Double.parseDouble((String) millis);
    }

    static String previewCount(Browser browser) {
        return browser.driver().findElement(By.id("preview-count")).getText();
    }

    /** Presses "Send nu" and waits for the page it leads to. */
    static void send(Browser browser) {
        browser.navigating(By.id("send"));
    }

    /** The progress page as it stands now; empty while the browser is between two loads of it. */
    @SuppressWarnings("unchecked")
    static Optional<Seen> read(Browser browser) {
        Object result;
        try {
            result = ((JavascriptExecutor) browser.driver()).executeScript(READ);
        } catch (WebDriverException reloading) {
            // The document went away under the script: the page is reloading itself.
            return Optional.empty();
        }
        if (!(result instanceof Map<?, ?> page)) {
            return Optional.empty();
        }
        Map<String, Integer> counts = new java.util.TreeMap<>();
        ((Map<String, Object>) page.get("counts")).forEach((status, count) -> counts.put(status, Integer.parseInt(count.toString())));
        return Optional.of(new Seen((String) page.get("status"), (int) Double.parseDouble((String) page.get("percent")), counts,
                (String) page.get("text"), (String) page.get("load"), Double.parseDouble((String) page.get("server"))));
    }

    private static void type(Browser browser, String id, String value) {
        WebElement field = browser.driver().findElement(By.id(id));
        field.clear();
        field.sendKeys(value);
    }
}

package dk.tillid;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A fresh headless Chromium (Debian's, with its own chromedriver) with an empty profile: no cookie,
 * no cache, nothing from an earlier test. Close it after use.
 */
public final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** Set by .ci/run: there, a missing browser fails the build instead of skipping these tests. */
    static final String REQUIRED = "TILLID_BROWSER_TESTS";

    private final Path profile;
    private final ChromeDriver driver;
    private final String base;

    private Browser(String base, Path downloads) {
        this.base = base;
        try {
            this.profile = Files.createTempDirectory("tillid-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
                .addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--disable-dev-shm-usage", "--window-size=1280,1024", "--lang=da-DK",
                        "--user-data-dir=" + profile.toAbsolutePath());
        // A Danish browser: the site's default language, and the one its texts are checked in.
        java.util.Map<String, Object> prefs = new java.util.HashMap<>();
        prefs.put("intl.accept_languages", "da-DK,da");
        if (downloads != null) {
            prefs.put("download.default_directory", downloads.toAbsolutePath().toString());
            prefs.put("download.prompt_for_download", false);
        }
        options.setExperimentalOption("prefs", prefs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    public static Browser open(int port) {
        return new Browser("http://localhost:" + port, null);
    }

    /** A browser that saves what it downloads in {@code downloads}, without asking. */
    public static Browser open(int port, Path downloads) {
        return new Browser("http://localhost:" + port, downloads);
    }

    public WebDriver driver() {
        return driver;
    }

    public void go(String path) {
        driver.get(base + path);
    }

    public String url(String path) {
        return base + path;
    }

    /** The addresses this page fetched (Resource Timing), to see which requests a page made. */
    @SuppressWarnings("unchecked")
    public List<String> requests() {
        return (List<String>) ((JavascriptExecutor) driver)
                .executeScript("return performance.getEntriesByType('resource').map(entry => entry.name);");
    }

    /** Clicks what leads to another page, and waits until that page has replaced this one and loaded. */
    public void navigating(org.openqa.selenium.By what) {
        navigating(driver.findElement(what));
    }

    public void navigating(org.openqa.selenium.WebElement clickable) {
        org.openqa.selenium.WebElement page = driver.findElement(org.openqa.selenium.By.tagName("html"));
        clickable.click();
        // Gone: stale, or (Chromium, mid-navigation) "does not belong to the document".
        waiting().until(ignored -> {
            try {
                page.isEnabled();
                return false;
            } catch (org.openqa.selenium.WebDriverException gone) {
                return true;
            }
        });
        waiting().until(ignored -> "complete".equals(((JavascriptExecutor) driver).executeScript("return document.readyState")));
    }

    public WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(10));
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            } catch (IOException ignored) {
                // A leftover temporary profile is harmless.
            }
        }
    }

    /** Runs browser tests where Chromium is installed; skips them elsewhere, except in CI where they must run. */
    static final class Available implements ExecutionCondition {

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
                return ConditionEvaluationResult.enabled("Chromium and chromedriver are installed");
            }
            if ("required".equals(System.getenv(REQUIRED))) {
                throw new IllegalStateException("Browser tests are required here, but " + CHROMIUM + " or " + CHROMEDRIVER
                        + " is missing (apt-get install -y chromium chromium-driver)");
            }
            return ConditionEvaluationResult.disabled("No Chromium here (apt-get install -y chromium chromium-driver); "
                    + ".ci/run installs it and requires these tests");
        }
    }
}

package mcfpipe.mcfscrape;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Starts headless Chromium through chromedriver, both at explicit paths, so Selenium Manager never looks for
 * or downloads a browser or driver (there is no network for it on Fargate or in CI).
 */
public final class BrowserFactory {
    /** A common desktop size, so the site renders its desktop layout. */
    static final String WINDOW_SIZE = "1366,900";

    private static final List<String> FLAGS = List.of(
            "--no-sandbox",                  // runs as root in containers
            "--disable-gpu",
            "--disable-dev-shm-usage",       // /dev/shm is tiny in Docker and on Fargate
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-extensions",
            "--window-size=" + WINDOW_SIZE);

    /**
     * Selenium warns on every start that it has no CDP bindings for this Chromium. The scraper uses only
     * WebDriver, never CDP, so the warning is noise; the logger is held here because JUL keeps loggers weakly.
     */
    private static final Logger CDP_VERSION_LOG = quiet("org.openqa.selenium.devtools.CdpVersionFinder");

    private final ScraperSettings settings;

    public BrowserFactory(ScraperSettings settings) {
        this.settings = settings;
    }

    /** Fails with one clear line when chromium or chromedriver is missing, before any work is done. */
    public void checkInstalled() {
        requireExecutable(settings.chromiumBinary(), "chromium", ScraperSettings.CHROMIUM_VARIABLE);
        requireExecutable(settings.chromedriverPath(), "chromedriver", ScraperSettings.CHROMEDRIVER_VARIABLE);
    }

    private static void requireExecutable(Path path, String what, String variable) {
        if (!Files.isRegularFile(path) || !Files.isExecutable(path)) {
            throw new IllegalStateException(what + " not found at " + path
                    + ": install Debian packages chromium and chromium-driver (apt-get install chromium chromium-driver)"
                    + " or set " + variable + " to its path");
        }
    }

    /** Starts a browser with a fresh profile; close it to quit Chromium and remove the profile. */
    public Browser open() {
        checkInstalled();
        // Selenium reads this property too; with the service's executable set it skips Selenium Manager.
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, settings.chromedriverPath().toString());
        Path profile = newProfileDir();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(settings.chromiumBinary().toFile());
        if (settings.headless()) options.addArguments("--headless=new");
        options.addArguments(FLAGS);
        options.addArguments("--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(settings.chromedriverPath().toFile())
                .usingAnyFreePort()
                .build();
        try {
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(settings.pageLoadTimeout());
            return new Browser(driver, profile);
        } catch (WebDriverException e) {
            service.stop();
            Browser.deleteQuietly(profile);
            throw new IllegalStateException("cannot start chromium " + settings.chromiumBinary() + " with chromedriver "
                    + settings.chromedriverPath() + ": " + firstLine(e.getMessage()), e);
        }
    }

    private static Path newProfileDir() {
        try {
            return Files.createTempDirectory("mcfscrape-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary chromium profile folder", e);
        }
    }

    private static Logger quiet(String name) {
        Logger logger = Logger.getLogger(name);
        logger.setLevel(Level.SEVERE);
        return logger;
    }

    static String firstLine(String message) {
        if (message == null) return "(no message)";
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}

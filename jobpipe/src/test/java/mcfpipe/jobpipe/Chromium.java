package mcfpipe.jobpipe;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Debian Chromium through chromedriver, both at explicit paths so Selenium Manager never tries to
 * download a browser (there is no network for it here or in CI).
 */
final class Chromium {
    static final Path BINARY = Path.of(System.getenv().getOrDefault("MCFPIPE_CHROMIUM", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getenv().getOrDefault("MCFPIPE_CHROMEDRIVER", "/usr/bin/chromedriver"));

    /** Held so JUL keeps the level: Selenium warns on each start that it has no CDP bindings, which WebDriver use does not need. */
    private static final Logger CDP_LOG = Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

    private Chromium() {}

    static ChromeDriver start(int width, int height) {
        if (!Files.isExecutable(BINARY) || !Files.isExecutable(DRIVER)) {
            throw new IllegalStateException("the browser test needs chromium at " + BINARY + " and chromedriver at " + DRIVER
                    + " (apt-get install chromium chromium-driver)");
        }
        CDP_LOG.setLevel(Level.SEVERE);
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, DRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--force-device-scale-factor=1", "--hide-scrollbars", "--window-size=" + width + "," + height);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }
}

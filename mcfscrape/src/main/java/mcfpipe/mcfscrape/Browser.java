package mcfpipe.mcfscrape;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;

/** One running Chromium: navigate, read the rendered DOM, run a probe script. Closing quits it. */
public final class Browser implements AutoCloseable {
    private final ChromeDriver driver;
    private final Path profileDir;
    /** Quits the browser when the JVM is stopped (Ctrl-C, SIGTERM), so no Chromium outlives its run. */
    private final Thread quitOnExit;

    Browser(ChromeDriver driver, Path profileDir) {
        this.driver = driver;
        this.profileDir = profileDir;
        this.quitOnExit = new Thread(this::quit, "quit-chromium");
        Runtime.getRuntime().addShutdownHook(quitOnExit);
    }

    /** Loads the URL and returns once the document has loaded (or the page load timeout is hit). */
    public void navigate(String url) {
        driver.get(url);
    }

    /** The rendered DOM serialised as HTML: what the React app shows, not what the server first sent. */
    public String pageSource() {
        return driver.getPageSource();
    }

    /** Absolute href of every element matching the CSS selector, in document order. */
    public List<String> hrefs(String cssSelector) {
        Object result = driver.executeScript(
                "return Array.from(document.querySelectorAll(arguments[0])).map(a => a.href).filter(h => !!h);",
                cssSelector);
        List<String> hrefs = new ArrayList<>();
        if (result instanceof List<?> list) {
            for (Object o : list) hrefs.add(String.valueOf(o));
        }
        return hrefs;
    }

    /** Runs a script in the page and returns its result (null, String, Long, Boolean, List or Map). */
    public Object script(String javascript, Object... args) {
        return driver.executeScript(javascript, args);
    }

    /** Whether the browser still answers; after a crash the next attempt needs a new one. */
    public boolean isResponsive() {
        try {
            driver.getWindowHandle();
            return true;
        } catch (WebDriverException e) {
            return false;
        }
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(quitOnExit);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or about to: it quits the browser itself
        }
        quit();
    }

    private void quit() {
        try {
            driver.quit();
        } catch (WebDriverException e) {
            // already gone: nothing left to quit
        } finally {
            deleteQuietly(profileDir);
        }
    }

    /** Removes a profile folder; leftovers in /tmp are harmless, so failures are ignored. */
    static void deleteQuietly(Path dir) {
        if (dir == null || !Files.exists(dir)) return;
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // Chromium may still be writing while it exits; a temp folder can stay
                }
            });
        } catch (IOException | java.io.UncheckedIOException e) {
            // as above
        }
    }
}

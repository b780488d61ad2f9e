package mcfpipe.mcfscrape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScraperSettingsTest {
    private static ScraperSettings.Builder minimal(Map<String, String> env) {
        return ScraperSettings.builder(env).bucket("raw").queueUrl("http://127.0.0.1:9324/000000000000/pages");
    }

    @Test
    void defaultsAreThePoliteLiveSettings() {
        ScraperSettings s = minimal(Map.of()).build();
        assertEquals("https://www.mycareersfuture.gov.sg", s.baseUrl());
        assertEquals(Duration.ofMillis(1500), s.delayBetweenRequests());
        assertEquals(Path.of("/usr/bin/chromium"), s.chromiumBinary());
        assertEquals(Path.of("/usr/bin/chromedriver"), s.chromedriverPath());
        assertTrue(s.headless());
        assertTrue(s.maxRetries() > 0);
    }

    @Test
    void browserPathsComeFromTheEnvironmentWhenSet() {
        ScraperSettings s = minimal(Map.of("MCFPIPE_CHROMIUM", "/opt/chromium/chrome",
                "MCFPIPE_CHROMEDRIVER", "/opt/chromium/chromedriver")).build();
        assertEquals(Path.of("/opt/chromium/chrome"), s.chromiumBinary());
        assertEquals(Path.of("/opt/chromium/chromedriver"), s.chromedriverPath());
    }

    @Test
    void aTrailingSlashOnTheBaseUrlIsDropped() {
        assertEquals("http://127.0.0.1:8080", minimal(Map.of()).baseUrl("http://127.0.0.1:8080/").build().baseUrl());
    }

    @Test
    void toBuilderKeepsEverything() {
        ScraperSettings s = minimal(Map.of()).maxPages(3).delayBetweenRequests(Duration.ZERO).build();
        assertEquals(s, s.toBuilder().build());
    }

    @Test
    void badValuesAreRejectedNamingTheSetting() {
        assertEquals("bucket must be set",
                assertThrows(IllegalArgumentException.class, () -> ScraperSettings.builder(Map.of()).queueUrl("q").build())
                        .getMessage());
        assertEquals("maxRetries must be 0 or more, was -1",
                assertThrows(IllegalArgumentException.class, () -> minimal(Map.of()).maxRetries(-1).build()).getMessage());
        assertEquals("pageLoadTimeout must be more than zero, was PT0S",
                assertThrows(IllegalArgumentException.class,
                        () -> minimal(Map.of()).pageLoadTimeout(Duration.ZERO).build()).getMessage());
    }
}

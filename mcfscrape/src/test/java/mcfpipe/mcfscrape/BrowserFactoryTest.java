package mcfpipe.mcfscrape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import mcfpipe.storage.aws.AwsClients;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;

/** A missing browser is one clear line, before any page is fetched or anything is stored. */
class BrowserFactoryTest {
    @TempDir
    Path empty;

    private ScraperSettings.Builder settings() {
        return ScraperSettings.builder(Map.of()).bucket("b").queueUrl("q");
    }

    @Test
    void missingChromiumSaysWhatToInstall() {
        Path chromium = empty.resolve("chromium");
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new BrowserFactory(settings().chromiumBinary(chromium).build()).open());
        assertEquals("chromium not found at " + chromium + ": install Debian packages chromium and chromium-driver"
                + " (apt-get install chromium chromium-driver) or set MCFPIPE_CHROMIUM to its path", e.getMessage());
    }

    @Test
    void missingChromedriverSaysWhatToInstall() {
        Path driver = empty.resolve("chromedriver");
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new BrowserFactory(settings().chromedriverPath(driver).build()).checkInstalled());
        assertEquals("chromedriver not found at " + driver + ": install Debian packages chromium and chromium-driver"
                + " (apt-get install chromium chromium-driver) or set MCFPIPE_CHROMEDRIVER to its path", e.getMessage());
    }

    @Test
    void scrapingWithoutChromiumFailsBeforeTouchingS3() {
        // clients aimed where nothing listens: the check must come before any use of them
        String nowhere = "http://127.0.0.1:" + ClosedPort.find();
        try (S3Client s3 = AwsClients.configure(S3Client.builder(), nowhere, Map.of()).build();
             SqsClient sqs = AwsClients.configure(SqsClient.builder(), nowhere, Map.of()).build()) {
            Scraper scraper = new Scraper(settings().chromiumBinary(empty.resolve("chromium")).build(), s3, sqs);
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> scraper.scrape("engineer", 1, "demo"));
            assertTrue(e.getMessage().startsWith("chromium not found at "), e.getMessage());
        }
    }
}

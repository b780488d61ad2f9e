package mcfpipe.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import mcfpipe.mcfscrape.ReplayServer;
import mcfpipe.mcfscrape.ScrapeReport;
import mcfpipe.standins.RepoRoot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run that dies after the scraper stored its pages and before they were parsed loses its queued messages with
 * the in-memory queue; the next run finds the stored pages that no run finished and parses them.
 */
class CrashResumeTest {
    private static final Instant CAPTURED = Instant.parse("2026-04-15T05:41:00Z");

    @TempDir
    Path dataDir;

    @Test
    void pagesStoredByARunThatDiedBeforeParsingAreParsedByTheNextRun() {
        RunOptions options = new RunOptions(RepoRoot.mcfFixtures(), CAPTURED, null, "engineer", 1, "demo", dataDir, 0);
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        LocalRun run = new LocalRun(new PrintStream(log, true, StandardCharsets.UTF_8));

        // the first run: scrape (2 pages stored, 2 messages queued), then the process is gone before the parse
        try (LocalCloud cloud = LocalCloud.start(dataDir, LocalRun.VISIBILITY_SECONDS);
             ReplayServer replay = ReplayServer.start(options.replayDir())) {
            ScrapeReport scraped = run.scrape(cloud.target(), replay.baseUrl(), Clock.fixed(CAPTURED, ZoneOffset.UTC), options);
            assertEquals(2, scraped.pagesStored());
            assertEquals(0, cloud.store.scan("job", 10, null).items().size(), "nothing parsed yet");
            // and it died before tagging them as queued, too
            for (var o : cloud.s3.listObjectsV2(b -> b.bucket(LocalCloud.BUCKET).prefix("raw/")).contents()) {
                cloud.s3.deleteObjectTagging(b -> b.bucket(LocalCloud.BUCKET).key(o.key()));
            }
        }

        RunSummary next = run.run(options);
        assertEquals("summary: pages=0 cards=22 posts=1 jobs=22 missing=21 failed=0 dlq=0", next.line(),
                "the stored pages were not fetched again, but were parsed");
        assertTrue(log.toString(StandardCharsets.UTF_8).contains("resuming: 2 stored page(s)"), log::toString);
        assertFalse(log.toString(StandardCharsets.UTF_8).contains("stored but never queued"), "resumed pages are queued once: " + log);

        log.reset();
        RunSummary third = run.run(options);
        assertEquals("summary: pages=0 cards=22 posts=0 jobs=22 missing=21 failed=0 dlq=0", third.line());
        assertFalse(log.toString(StandardCharsets.UTF_8).contains("resuming"), "nothing is left to resume: " + log);
    }
}

package mcfpipe.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import mcfpipe.standins.RepoRoot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A page that ended in the dead-letter queue is not stuck: once the site serves it whole, the next run parses it. */
class DeadPageRetryTest {
    private static final String JOB_FILE = "job-engineer-ldrm-5624187c437fddd00296eecc783ed4cd.html";
    private static final Instant CAPTURED = Instant.parse("2026-04-15T05:41:00Z");

    @TempDir
    Path dir;

    @Test
    void aDeadPageIsFetchedAgainByTheNextRun() throws Exception {
        Path pages = Files.createDirectory(dir.resolve("pages"));
        Path fixtures = RepoRoot.mcfFixtures();
        Files.copy(fixtures.resolve("search-engineer-page0.html"), pages.resolve("search-engineer-page0.html"));
        byte[] whole = Files.readAllBytes(fixtures.resolve(JOB_FILE));
        Files.write(pages.resolve(JOB_FILE), Arrays.copyOf(whole, 80_000)); // the site sent half a page

        RunOptions options = new RunOptions(pages, CAPTURED, null, "engineer", 1, "demo", dir.resolve("data"), 0);
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        LocalRun run = new LocalRun(new PrintStream(log, true, StandardCharsets.UTF_8));
        assertEquals("summary: pages=2 cards=22 posts=0 jobs=22 missing=21 failed=0 dlq=1", run.run(options).line(), log::toString);
        String deadLetters = Files.readString(dir.resolve("data/dead-letters.jsonl"));
        assertTrue(deadLetters.contains("\"error\""), deadLetters);

        Files.write(pages.resolve(JOB_FILE), whole); // the site serves the page whole again
        assertEquals("summary: pages=1 cards=22 posts=1 jobs=22 missing=21 failed=0 dlq=0", run.run(options).line(), log::toString);
    }
}

package mcfpipe.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import mcfpipe.standins.RepoRoot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Dating a folder of recorded pages when the user gives no --captured-at. */
class RecordedPagesTest {
    private static final String JOB_FILE = "job-engineer-ldrm-5624187c437fddd00296eecc783ed4cd.html";
    private static final String SEARCH_FILE = "search-engineer-page0.html";

    @Test
    void theSharedRecordingsAreDatedByTheirOwnPagesNotByFileTimes() {
        // The LDRM job's card reads "Posted 19 days ago", its page "Posted 27 Mar 2026": captured 15 Apr 2026,
        // which the recordings' README confirms (about 05:41 UTC). Noon in Singapore is 04:00 UTC.
        RecordedPages.CaptureTime t = RecordedPages.capturedAt(RepoRoot.mcfFixtures());
        assertEquals(Instant.parse("2026-04-15T04:00:00Z"), t.at());
        assertTrue(t.how().contains("2026-04-15"), t.how());
    }

    @Test
    void withoutACardAndPageOfOneJobTheNewestFileTimeIsUsedAndSaidSo(@TempDir Path dir) throws Exception {
        Path search = Files.copy(RepoRoot.mcfFixtures().resolve(SEARCH_FILE), dir.resolve(SEARCH_FILE));
        Files.writeString(dir.resolve("notes.txt"), "not a page");
        Instant saved = Instant.parse("2026-04-16T01:02:03Z");
        Files.setLastModifiedTime(search, FileTime.from(saved));

        RecordedPages.CaptureTime t = RecordedPages.capturedAt(dir);
        assertEquals(saved, t.at());
        assertTrue(t.how().contains("--captured-at"), t.how());
    }

    @Test
    void aPageThatDoesNotParseDoesNotStopTheDating(@TempDir Path dir) throws Exception {
        Files.copy(RepoRoot.mcfFixtures().resolve(SEARCH_FILE), dir.resolve(SEARCH_FILE));
        Files.copy(RepoRoot.mcfFixtures().resolve(JOB_FILE), dir.resolve(JOB_FILE));
        Files.writeString(dir.resolve("search-broken-page0.html"), "<html><body>maintenance</body></html>");

        assertEquals(Instant.parse("2026-04-15T04:00:00Z"), RecordedPages.capturedAt(dir).at());
    }

    @Test
    void aFolderWithoutPagesIsRefusedByName(@TempDir Path dir) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RecordedPages.capturedAt(dir));
        assertTrue(e.getMessage().contains("no recorded .html pages in " + dir), e.getMessage());
    }

    @Test
    void aSearchThatWasNeverRecordedIsNamedWithTheSearchesThatWere(@TempDir Path dir) throws Exception {
        Files.copy(RepoRoot.mcfFixtures().resolve(SEARCH_FILE), dir.resolve(SEARCH_FILE));
        assertEquals(null, RecordedPages.missingSearch(dir, "Engineer"), "keywords are matched by their slug");
        String why = RecordedPages.missingSearch(dir, "data engineer");
        assertTrue(why.contains("no recorded search page for 'data engineer'"), why);
        assertTrue(why.contains("search-data-engineer-page0.html"), why);
        assertTrue(why.contains("recorded searches: engineer"), why);
        Path empty = Files.createDirectory(dir.resolve("empty"));
        assertTrue(RecordedPages.missingSearch(empty, "engineer").contains("no recorded .html pages"));
    }
}

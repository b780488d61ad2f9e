package mcfpipe.jobpipe;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import mcfpipe.mcfparse.JobRecords;
import mcfpipe.mcfparse.parse.JobCard;
import mcfpipe.mcfparse.parse.SearchPageParser;
import mcfpipe.standins.RepoRoot;
import mcfpipe.storage.Json;
import mcfpipe.storage.store.TableStore;

/**
 * The 22 jobs of the recorded MCF search page (read from the shared fixtures, never copied), written as the
 * parser writes them: one job row per card and one job_search row per card for a user.
 */
final class RecordedJobs {
    static final String PAGE = "search-engineer-page0.html";
    static final Instant FETCHED_AT = Instant.parse("2026-04-15T05:41:00Z");
    static final String MCF = "https://www.mycareersfuture.gov.sg";
    static final String USER = "demo";

    private static List<JobCard> cards;

    private RecordedJobs() {}

    static synchronized List<JobCard> cards() {
        if (cards == null) {
            try {
                String html = Files.readString(RepoRoot.mcfFixtures().resolve(PAGE), StandardCharsets.UTF_8);
                cards = SearchPageParser.parse(html, FETCHED_AT, MCF).cards();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return cards;
    }

    static JobCard card(int index) {
        return cards().get(index);
    }

    /** The job_search key the parser uses: user and job. */
    static String jobSearchId(int index) {
        return USER + "#" + card(index).uuid();
    }

    static void writeJob(TableStore store, JobCard card) {
        store.put("job", JobRecords.of(card));
    }

    static void writeJobSearch(TableStore store, JobCard card, String trackId) {
        ObjectNode row = Json.object();
        row.put("job_s_id", USER + "#" + card.uuid());
        row.put("user_id", USER);
        row.put("job_id", card.uuid());
        row.put("search_keywords", "engineer");
        row.put("search_page", 0);
        row.put("search_rank", card.position());
        row.put("recommended", card.recommended());
        row.put("found_at", "2026-04-15 05:41");
        if (trackId != null) row.put("track_id", trackId);
        store.put("job_search", row);
    }
}

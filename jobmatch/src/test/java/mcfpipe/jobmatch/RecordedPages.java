package mcfpipe.jobmatch;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import mcfpipe.jobmatch.score.JobRecord;
import mcfpipe.mcfparse.JobRecords;
import mcfpipe.mcfparse.parse.JobCard;
import mcfpipe.mcfparse.parse.JobPageParser;
import mcfpipe.mcfparse.parse.JobPost;
import mcfpipe.mcfparse.parse.SearchPageParser;
import mcfpipe.standins.RepoRoot;
import mcfpipe.storage.Json;

/**
 * The recorded MCF search page (22 cards) and the job page of its first card, parsed by mcfparse from the shared
 * fixtures folder, and turned into the rows a local run stores: job rows as mcfparse writes them, job_search rows
 * of user {@code demo} for the search "engineer".
 */
public final class RecordedPages {
    private RecordedPages() {}

    public static final Instant FETCHED_AT = Instant.parse("2026-04-15T05:41:00Z");
    public static final String SEARCH_URL = "https://www.mycareersfuture.gov.sg/search?search=engineer&sortBy=relevancy&page=0";
    public static final String SEARCH = "engineer";

    private static List<JobCard> cards;
    private static JobPost post;

    public static synchronized List<JobCard> cards() {
        if (cards == null) cards = SearchPageParser.parse(read("search-engineer-page0.html"), FETCHED_AT, SEARCH_URL).cards();
        return cards;
    }

    /** The job page of card 0 (title "Engineer", posted 27 Mar 2026, closing 17 Apr 2026, with a description). */
    public static synchronized JobPost jobPage() {
        if (post == null) post = JobPageParser.parse(read("job-engineer-ldrm-5624187c437fddd00296eecc783ed4cd.html"), FETCHED_AT);
        return post;
    }

    public static String title(int card) {
        return cards().get(card).title();
    }

    /** The job row of a card as a local run stores it: card 0 from its job page, the rest from their cards. */
    public static ObjectNode jobRow(int card) {
        JobCard c = cards().get(card);
        if (c.uuid().equals(jobPage().uuid())) {
            ObjectNode row = JobRecords.of(jobPage());
            row.put("url", c.url());
            return row;
        }
        return JobRecords.of(c);
    }

    public static ObjectNode searchRow(String userId, int card) {
        JobCard c = cards().get(card);
        ObjectNode row = Json.object();
        row.put("job_s_id", userId + "#" + c.uuid());
        row.put("user_id", userId);
        row.put("job_id", c.uuid());
        row.put("search_keywords", SEARCH);
        row.put("search_page", 0);
        row.put("search_rank", c.position());
        row.put("recommended", c.recommended());
        row.put("found_at", "2026-04-15 05:41");
        return row;
    }

    /** The job as the recommender reads it for user demo. */
    public static JobRecord job(int card) {
        return JobRecord.of(jobRow(card), searchRow("demo", card));
    }

    public static List<JobRecord> jobs() {
        return java.util.stream.IntStream.range(0, cards().size()).mapToObj(RecordedPages::job).toList();
    }

    private static String read(String name) {
        try {
            return Files.readString(RepoRoot.mcfFixtures().resolve(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package mcfpipe.jobmatch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import mcfpipe.jobmatch.score.TagMiner.TagCount;
import mcfpipe.storage.Json;
import mcfpipe.storage.store.TableStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** New frequent title tags of the demo user's recorded search, against the seeded library. */
class TagSuggestionsTest {
    private static LocalTables tables;

    @BeforeAll
    static void start() {
        tables = new LocalTables();
    }

    @AfterAll
    static void stop() {
        tables.close();
    }

    @Test
    void listsTagsTheLibraryDoesNotScoreYetUntilTheUserScoresThem() {
        TableStore store = tables.freshStore();
        DemoSeed.ensure(store);
        LocalTables.storeRecordedSearch(store);
        TagSuggestions tags = new TagSuggestions(store, tables.client);
        assertEquals(List.of(new TagCount("resident engineer", 2)), tags.forUser("demo", 2));
        assertEquals(11, tags.forUser("demo", 1).size());
        store.create("keyword", Json.object().put("keyword_id", KeywordIds.of("title_tag", DemoSeed.TRACK_ID, "resident engineer"))
                .put("library", "title_tag").put("word", "resident engineer").put("score", 0.5).put("track_id", DemoSeed.TRACK_ID));
        assertEquals(List.of(), tags.forUser("demo", 2));
    }
}

package mcfpipe.jobmatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import mcfpipe.storage.Json;
import mcfpipe.storage.store.ItemKey;
import mcfpipe.storage.store.TableStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The demo seed on a real dynalite: complete the first time, idempotent after, never overwriting. */
class DemoSeedTest {
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
    void createsTheDemoUserTrackSearchAndLibrariesOnce() {
        TableStore store = tables.freshStore();
        assertEquals(39, DemoSeed.ensure(store)); // 5 rows and 34 keywords
        assertEquals(0, DemoSeed.ensure(store));
        ObjectNode track = store.get("track", ItemKey.of(DemoSeed.TRACK_ID)).orElseThrow();
        assertEquals("demo", track.get("user_id").asText());
        assertEquals("junior", track.get("seniority").asText());
        ObjectNode config = store.get("search_config", ItemKey.of(DemoSeed.TRACK_ID)).orElseThrow();
        assertEquals("engineer", config.get("search_keywords").asText());
        assertEquals(8, config.get("keywords").size());
        assertEquals(1, Queries.all(store, "track", "user_id-index", "demo").size());
        assertEquals(11, Queries.all(store, "keyword", "library-index", "title_tag").size());
        assertEquals(14, Queries.all(store, "keyword", "library-index", "rank").size());
        ObjectNode tag = store.get("keyword", ItemKey.of("title_tag:demo-engineer:assistant-engineer")).orElseThrow();
        assertEquals(0.8, tag.get("score").asDouble());
    }

    @Test
    void keepsTheUsersEditsAndRestoresWhatWasDeleted() {
        TableStore store = tables.freshStore();
        DemoSeed.ensure(store);
        store.update("keyword", ItemKey.of("title_tag:demo-engineer:sales-engineer"), Json.object().put("score", -0.2));
        store.update("search_config", ItemKey.of(DemoSeed.TRACK_ID), Json.object().put("min_score", 0.7));
        assertTrue(store.delete("keyword", ItemKey.of("junk:*:urgent")));
        List<ObjectNode> before = LocalTables.all(store, "keyword");
        assertEquals(1, DemoSeed.ensure(store));
        assertEquals(-0.2, store.get("keyword", ItemKey.of("title_tag:demo-engineer:sales-engineer")).orElseThrow().get("score").asDouble());
        assertEquals(0.7, store.get("search_config", ItemKey.of(DemoSeed.TRACK_ID)).orElseThrow().get("min_score").asDouble());
        assertEquals(before.size() + 1, LocalTables.all(store, "keyword").size());
    }
}

package mcfpipe.storage.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import mcfpipe.storage.Json;
import mcfpipe.storage.schema.Schema;
import mcfpipe.storage.validate.ValidationException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Queries by key and index, scans, and the next token, against a real dynalite. */
class TableStoreQueryTest {
    private static LocalDynamo dynamo;
    private static TableStore store;

    @BeforeAll
    static void start() {
        dynamo = LocalDynamo.start();
        store = new TableStore(dynamo.client(), Schema.loadDefault(), "query_", Clock.systemUTC());
        store.createTables();
        for (int i = 0; i < 7; i++) {
            store.put("job_search", Json.parseObject("{\"job_s_id\": \"u1-" + i + "\", \"user_id\": \"u1\", \"job_id\": \"j" + (i % 3)
                    + "\", \"found_at\": \"2025-05-24 10:0" + (6 - i) + "\"}"));
        }
        store.put("job_search", Json.parseObject("{\"job_s_id\": \"u2-0\", \"user_id\": \"u2\", \"job_id\": \"j0\", \"found_at\": \"2025-05-24 10:00\"}"));
        double[] scores = {0.2, 0.9, 0.5};
        for (int i = 0; i < scores.length; i++) {
            store.put("track_score", Json.parseObject("{\"job_s_id\": \"u1-" + i + "\", \"track_id\": \"t" + i % 2 + "\", \"score\": "
                    + scores[i] + ", \"method\": \"tags\"}"));
        }
        store.put("track_score", Json.parseObject("{\"job_s_id\": \"u1-0\", \"track_id\": \"t9\", \"score\": 1, \"method\": \"tags\"}"));
        store.put("crm_status", Json.parseObject("{\"job_s_id\": \"u1-0\", \"status\": \"OPEN\"}"));
        store.put("crm_status", Json.parseObject("{\"job_s_id\": \"u1-1\", \"status\": \"APPLIED\"}"));
        store.put("job", Json.parseObject("{\"job_id\": \"j1\", \"mcf_ref\": \"MCF-2025-0000001\", \"position\": \"p\","
                + " \"posted_date\": \"2025-05-24\", \"status\": 1}"));
    }

    @AfterAll
    static void stop() {
        dynamo.close();
    }

    @Test
    void indexQueryPagesThroughEveryItemExactlyOnceInSortOrder() {
        List<String> seen = new ArrayList<>();
        List<Integer> pageSizes = new ArrayList<>();
        String next = null;
        do {
            Page page = store.query("job_search", "user_id-index", "u1", null, 3, next);
            pageSizes.add(page.items().size());
            page.items().forEach(i -> seen.add(i.get("job_s_id").asText()));
            next = page.next();
        } while (next != null);
        assertEquals(List.of(3, 3, 1), pageSizes);
        assertEquals(List.of("u1-6", "u1-5", "u1-4", "u1-3", "u1-2", "u1-1", "u1-0"), seen);
    }

    @Test
    void aPageThatEndsTheResultsHasNoNextToken() {
        Page page = store.query("job_search", "user_id-index", "u2", null, 1, null);
        assertEquals(1, page.items().size());
        assertNull(page.next());
    }

    @Test
    void queryByJobFindsEveryUsersRows() {
        Page page = store.query("job_search", "job_id-index", "j0", null, 10, null);
        Set<String> ids = new HashSet<>();
        page.items().forEach(i -> ids.add(i.get("job_s_id").asText()));
        assertEquals(Set.of("u1-0", "u1-3", "u1-6", "u2-0"), ids);
    }

    @Test
    void sortConditionsOnTheTableKeyAndOnANumberIndexKey() {
        assertEquals(2, store.query("track_score", null, "u1-0", null, 10, null).items().size());
        assertEquals(1, store.query("track_score", null, "u1-0", SortCondition.eq("t9"), 10, null).items().size());
        assertEquals(2, store.query("track_score", null, "u1-0", SortCondition.beginsWith("t"), 10, null).items().size());
        Page high = store.query("track_score", "track_id-index", "t0", SortCondition.gt("0.3"), 10, null);
        assertEquals(List.of("u1-2"), high.items().stream().map(i -> i.get("job_s_id").asText()).toList());
        Page range = store.query("track_score", "track_id-index", "t0", SortCondition.between("0.1", "0.5"), 10, null);
        assertEquals(2, range.items().size());
        ValidationException e = assertThrows(ValidationException.class,
                () -> store.query("track_score", "track_id-index", "t0", SortCondition.beginsWith("0"), 10, null));
        assertEquals("bad_query", e.code());
    }

    @Test
    void jobByMcfRefAndLeadsByStage() {
        assertEquals("j1", store.query("job", "mcf_ref-index", "MCF-2025-0000001", null, 5, null).items().get(0).get("job_id").asText());
        List<ObjectNode> applied = store.query("crm_status", "status-index", "APPLIED", null, 5, null).items();
        assertEquals(List.of("u1-1"), applied.stream().map(i -> i.get("job_s_id").asText()).toList());
    }

    @Test
    void aTamperedTokenIsRejected() {
        String next = store.query("job_search", "user_id-index", "u1", null, 2, null).next();
        assertNotNull(next);
        char last = next.charAt(3);
        String tampered = next.substring(0, 3) + (last == 'A' ? 'B' : 'A') + next.substring(4);
        assertBadToken(() -> store.query("job_search", "user_id-index", "u1", null, 2, tampered));
    }

    @Test
    void aTokenFromAnotherQueryIsRejected() {
        String next = store.query("job_search", "user_id-index", "u1", null, 2, null).next();
        assertBadToken(() -> store.query("job_search", "user_id-index", "u2", null, 2, next));
        assertBadToken(() -> store.query("job_search", "job_id-index", "u1", null, 2, next));
        assertBadToken(() -> store.scan("job_search", 2, next));
    }

    @Test
    void scanPagesThroughTheTable() {
        Set<String> seen = new HashSet<>();
        int pages = 0;
        String next = null;
        do {
            Page page = store.scan("job_search", 3, next);
            page.items().forEach(i -> assertEquals(true, seen.add(i.get("job_s_id").asText())));
            next = page.next();
            pages++;
        } while (next != null);
        assertEquals(8, seen.size());
        assertEquals(3, pages);
    }

    @Test
    void limitMustBeFromOneToOneThousand() {
        for (int limit : new int[] {0, 1001}) {
            ValidationException e = assertThrows(ValidationException.class, () -> store.query("job_search", null, "u1-0", null, limit, null));
            assertEquals("bad_limit", e.code());
            assertEquals("limit", e.field());
        }
        assertEquals(1, store.query("job_search", null, "u1-0", null, 1000, null).items().size());
    }

    @Test
    void unknownIndexAndEmptyPartition() {
        ValidationException e = assertThrows(ValidationException.class, () -> store.query("job_search", "nope", "u1", null, 5, null));
        assertEquals("unknown_index", e.code());
        assertEquals("index 'nope' does not exist on table 'job_search'", e.getMessage());
        assertEquals("empty_key", assertThrows(ValidationException.class,
                () -> store.query("job_search", "user_id-index", "", null, 5, null)).code());
    }

    private static void assertBadToken(org.junit.jupiter.api.function.Executable query) {
        ValidationException e = assertThrows(ValidationException.class, query);
        assertEquals("bad_token", e.code());
    }
}

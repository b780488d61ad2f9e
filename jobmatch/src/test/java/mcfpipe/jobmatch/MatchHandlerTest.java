package mcfpipe.jobmatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import mcfpipe.storage.store.ItemKey;
import mcfpipe.storage.store.TableStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Lambda entry point with the event shapes Lambda hands it, over a real dynalite. */
class MatchHandlerTest {
    private static LocalTables tables;

    @BeforeAll
    static void start() {
        tables = new LocalTables();
    }

    @AfterAll
    static void stop() {
        tables.close();
    }

    private static TableStore seeded() {
        TableStore store = tables.freshStore();
        DemoSeed.ensure(store);
        LocalTables.storeRecordedSearch(store);
        return store;
    }

    private static MatchHandler handler(TableStore store) {
        return new MatchHandler(new MatchRun(store, tables.client, LocalTables.recordingDay()));
    }

    private static Map<String, Object> message(String id, String body) {
        return Map.of("messageId", id, "body", body, "eventSource", "aws:sqs");
    }

    @Test
    void queueMessagesReportOnlyTheOnesThatFailed() {
        TableStore store = seeded();
        Map<String, Object> event = Map.of("Records", List.of(
                message("m1", "{\"user_id\":\"demo\"}"),
                message("m2", "not json"),
                message("m3", "{\"user_id\":42}")));
        Map<String, Object> response = handler(store).handleRequest(event, null);
        assertEquals(Map.of("batchItemFailures", List.of(Map.of("itemIdentifier", "m2"), Map.of("itemIdentifier", "m3"))), response);
        assertEquals(22, Queries.all(store, "track_score", "track_id-index", "demo-engineer").size());
    }

    @Test
    void aScheduleRunsEveryUser() {
        TableStore store = seeded();
        Map<String, Object> scheduled = Map.of("version", "0", "id", "e1", "detail-type", "Scheduled Event",
                "source", "aws.events", "time", "2026-04-15T04:00:00Z", "detail", Map.of());
        assertEquals(Map.of("users", 1, "jobs", 22, "scores_written", 22, "screened", 12), handler(store).handleRequest(scheduled, null));
        assertEquals("SCREENED", store.get("crm_status", ItemKey.of("demo#" + RecordedPages.cards().get(15).uuid()))
                .orElseThrow().get("status").asText());
    }

    @Test
    void aDirectInvokeNamesOneUserAndAFailureIsAnError() {
        TableStore store = seeded();
        assertEquals(Map.of("users", 1, "jobs", 22, "scores_written", 22, "screened", 12),
                handler(store).handleRequest(Map.of("user_id", "demo"), null));
        assertEquals(Map.of("users", 1, "jobs", 0, "scores_written", 0, "screened", 0),
                handler(store).handleRequest(Map.of("detail", Map.of("user_id", "nobody")), null));
    }

    @Test
    void aFailedUserFailsItsMessageOrTheInvocation() {
        // tables that do not exist: every read fails, as on a stack whose tables are missing
        TableStore missing = new TableStore(tables.client, tables.schema, "missing_mcfpipe_", tables.storeClock);
        MatchHandler handler = new MatchHandler(new MatchRun(missing, tables.client, LocalTables.recordingDay()));
        assertEquals(Map.of("batchItemFailures", List.of(Map.of("itemIdentifier", "m1"))),
                handler.handleRequest(Map.of("Records", List.of(message("m1", "{\"user_id\":\"demo\"}"))), null));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> handler.handleRequest(Map.of("user_id", "demo"), null));
        assertEquals("recommender failed for users [demo]; see the log", e.getMessage());
    }
}

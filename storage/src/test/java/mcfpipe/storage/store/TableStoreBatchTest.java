package mcfpipe.storage.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import mcfpipe.storage.Json;
import mcfpipe.storage.schema.Schema;
import mcfpipe.storage.validate.ThrottledException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/** Batch put and delete against a real dynalite, with unprocessed items injected by a delegating client. */
class TableStoreBatchTest {
    private static final String PREFIX = "batch_";
    private static final AtomicInteger RUNS = new AtomicInteger();
    private static LocalDynamo dynamo;

    private final MutableClock clock = new MutableClock("2025-05-24T08:00:00Z");
    private final List<Duration> sleeps = new ArrayList<>();
    /** Each test writes its own ids, so tests share the tables without seeing each other's items. */
    private final String run = "r" + RUNS.incrementAndGet() + "-";

    @BeforeAll
    static void start() {
        dynamo = LocalDynamo.start();
        new TableStore(dynamo.client(), Schema.loadDefault(), PREFIX, Clock.systemUTC()).createTables();
    }

    @AfterAll
    static void stop() {
        dynamo.close();
    }

    private TableStore store(DynamoDbClient client) {
        return new TableStore(client, Schema.loadDefault(), PREFIX, clock, sleeps::add,
                new Backoff(4, Duration.ofMillis(10), Duration.ofMillis(1000)));
    }

    private ObjectNode job(int i) {
        return Json.parseObject("{\"job_id\": \"" + run + i + "\", \"position\": \"Job " + i + "\", \"posted_date\": \"2025-05-24\", \"status\": 0}");
    }

    @Test
    void batchPutWritesTheValidAndReportsTheRest() {
        TableStore store = store(dynamo.client());
        ObjectNode existing = store.put("job", job(0));
        clock.advance(Duration.ofDays(1));
        List<ObjectNode> records = new ArrayList<>();
        for (int i = 0; i < 60; i++) records.add(job(i));
        records.get(10).remove("position");
        records.set(40, job(5));
        BatchResult result = store.batchPut("job", records);

        assertEquals(60, result.entries().size());
        assertEquals(58, result.okCount());
        BatchResult.Entry invalid = result.entries().get(10);
        assertEquals("required", invalid.error().code());
        assertEquals("position", invalid.error().field());
        assertEquals(ItemKey.of(run + 10), invalid.key());
        BatchResult.Entry duplicate = result.entries().get(40);
        assertEquals("duplicate_key", duplicate.error().code());
        assertEquals("record #40 repeats the key '" + run + "5' of record #5 in the same batch for table 'job'", duplicate.error().getMessage());
        assertTrue(result.entries().get(5).ok());
        assertEquals(ItemKey.of(run + 59), result.entries().get(59).key());

        assertTrue(store.get("job", ItemKey.of(run + 10)).isEmpty());
        ObjectNode rewritten = store.get("job", ItemKey.of(run + 0)).orElseThrow();
        assertEquals(existing.get("created"), rewritten.get("created"), "created survives a batch replace");
        assertEquals("2025-05-25 08:00", rewritten.get("last_modified").asText());
        assertEquals("2025-05-25 08:00", store.get("job", ItemKey.of(run + 59)).orElseThrow().get("created").asText());
        assertEquals(0, sleeps.size());
    }

    @Test
    void unprocessedItemsAreRetriedWithBackoff() {
        UnprocessedFirstTime client = new UnprocessedFirstTime(dynamo.client(), 1, 4);
        TableStore store = store(client);
        List<ObjectNode> records = new ArrayList<>();
        for (int i = 0; i < 10; i++) records.add(job(i));
        BatchResult result = store.batchPut("job", records);

        assertTrue(result.allOk(), () -> result.failures().toString());
        assertEquals(2, client.calls.get(), "the first call wrote 4 and left 6 unprocessed, one retry wrote them");
        assertEquals(List.of(10, 6), client.sizes);
        assertEquals(1, sleeps.size());
        assertTrue(sleeps.get(0).toMillis() <= 10);
        for (int i = 0; i < 10; i++) assertTrue(store.get("job", ItemKey.of(run + i)).isPresent(), "item " + i);
    }

    @Test
    void itemsStillUnprocessedAfterTheLastAttemptAreReportedAsThrottled() {
        UnprocessedFirstTime client = new UnprocessedFirstTime(dynamo.client(), Integer.MAX_VALUE, 0);
        TableStore store = store(client);
        BatchResult result = store.batchPut("job", List.of(job(1), job(2)));

        assertEquals(4, client.calls.get());
        assertEquals(3, sleeps.size());
        for (int retry = 1; retry <= 3; retry++) assertTrue(sleeps.get(retry - 1).toMillis() <= 10L << (retry - 1));
        for (BatchResult.Entry e : result.entries()) {
            assertTrue(e.error() instanceof ThrottledException, String.valueOf(e.error()));
            assertEquals("throttled", e.error().code());
            assertTrue(e.error().getMessage().contains("after 4 attempts"), e.error().getMessage());
        }
        assertTrue(store.get("job", ItemKey.of(run + 1)).isEmpty());
    }

    @Test
    void batchDeleteRemovesItemsAndReportsBadKeys() {
        TableStore store = store(dynamo.client());
        List<ObjectNode> records = new ArrayList<>();
        for (int i = 0; i < 30; i++) records.add(job(i));
        assertTrue(store.batchPut("job", records).allOk());
        List<ItemKey> keys = new ArrayList<>();
        for (int i = 0; i < 30; i++) keys.add(ItemKey.of(run + i));
        keys.add(ItemKey.of(run + 3));
        keys.add(ItemKey.of(""));
        keys.add(ItemKey.of(run + "never-written"));
        BatchResult result = store.batchDelete("job", keys);

        assertEquals(33, result.entries().size());
        assertEquals(31, result.okCount());
        BatchResult.Entry empty = result.entries().get(31);
        assertEquals("empty_key", empty.error().code());
        assertEquals(ItemKey.of(""), empty.key());
        assertNull(result.entries().get(30).error(), "deleting the same key twice is harmless");
        BatchResult.Entry missing = result.entries().get(32);
        assertEquals("not_found", missing.error().code(), "a key that names no item is not reported as deleted");
        assertTrue(missing.error().getMessage().contains("does not exist"), missing.error().getMessage());
        for (int i = 0; i < 30; i++) assertFalse(store.get("job", ItemKey.of(run + i)).isPresent(), "item " + i);
    }

    @Test
    void batchOnATableWithASortKey() {
        TableStore store = store(dynamo.client());
        List<ObjectNode> scores = new ArrayList<>();
        for (int t = 0; t < 3; t++) {
            scores.add(Json.parseObject("{\"job_s_id\": \"" + run + "s\", \"track_id\": \"t" + t + "\", \"score\": 0.5, \"method\": \"tags\"}"));
        }
        assertTrue(store.batchPut("track_score", scores).allOk());
        assertEquals(3, store.query("track_score", null, run + "s", null, 10, null).items().size());
        BatchResult deleted = store.batchDelete("track_score", List.of(ItemKey.of(run + "s", "t0"), ItemKey.of(run + "s")));
        assertTrue(deleted.entries().get(0).ok());
        assertEquals("required", deleted.entries().get(1).error().code());
        assertEquals(2, store.query("track_score", null, run + "s", null, 10, null).items().size());
    }

    /**
     * Real client, except that the first {@code faultyCalls} BatchWriteItem calls write only the first
     * {@code writtenPerFaultyCall} items and hand the rest back as unprocessed, as DynamoDB does under throttling.
     */
    private static final class UnprocessedFirstTime extends DelegatingDynamoDbClient {
        final AtomicInteger calls = new AtomicInteger();
        final List<Integer> sizes = new ArrayList<>();
        private final int faultyCalls;
        private final int writtenPerFaultyCall;

        UnprocessedFirstTime(DynamoDbClient delegate, int faultyCalls, int writtenPerFaultyCall) {
            super(delegate);
            this.faultyCalls = faultyCalls;
            this.writtenPerFaultyCall = writtenPerFaultyCall;
        }

        @Override
        public BatchWriteItemResponse batchWriteItem(BatchWriteItemRequest request) {
            Map.Entry<String, List<WriteRequest>> table = request.requestItems().entrySet().iterator().next();
            List<WriteRequest> writes = table.getValue();
            sizes.add(writes.size());
            if (calls.incrementAndGet() > faultyCalls) return super.batchWriteItem(request);
            int written = Math.min(writtenPerFaultyCall, writes.size());
            if (written > 0) delegate().batchWriteItem(r -> r.requestItems(Map.of(table.getKey(), writes.subList(0, written))));
            return BatchWriteItemResponse.builder()
                    .unprocessedItems(Map.of(table.getKey(), writes.subList(written, writes.size())))
                    .build();
        }
    }
}

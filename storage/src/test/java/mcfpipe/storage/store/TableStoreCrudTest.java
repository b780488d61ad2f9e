package mcfpipe.storage.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import mcfpipe.storage.Json;
import mcfpipe.storage.schema.Schema;
import mcfpipe.storage.schema.TableDef;
import mcfpipe.storage.validate.ConflictException;
import mcfpipe.storage.validate.ItemSize;
import mcfpipe.storage.validate.NotFoundException;
import mcfpipe.storage.validate.UnknownTableException;
import mcfpipe.storage.validate.ValidationException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

/** Single-item operations against a real dynalite. */
class TableStoreCrudTest {
    private static final String PREFIX = "test_mcfpipe_";
    private static final AtomicInteger IDS = new AtomicInteger();
    private static LocalDynamo dynamo;

    // JUnit makes a new instance per test: each test has its own clock
    private final MutableClock clock = new MutableClock("2025-05-24T01:02:03Z");
    private final TableStore store = new TableStore(dynamo.client(), Schema.loadDefault(), PREFIX, clock);

    @BeforeAll
    static void start() {
        dynamo = LocalDynamo.start();
        new TableStore(dynamo.client(), Schema.loadDefault(), PREFIX, Clock.systemUTC()).createTables();
    }

    @AfterAll
    static void stop() {
        dynamo.close();
    }

    private static String newId() {
        return "id-" + IDS.incrementAndGet();
    }

    private static ObjectNode job(String id) {
        return Json.parseObject("{\"job_id\": \"" + id + "\", \"position\": \"Data Engineer\", \"posted_date\": \"2025-05-24\","
                + " \"status\": 0, \"url\": \"https://example.org/job/" + id + "\", \"company_name\": \"ACME\"}");
    }

    @Test
    void createTablesIsIdempotent() {
        store.createTables();
        List<String> tables = dynamo.client().listTables().tableNames();
        for (TableDef t : store.schema().tables()) assertTrue(tables.contains(PREFIX + t.name()), t.name());
        assertEquals(1, dynamo.client().describeTable(r -> r.tableName(PREFIX + "job_search")).table().globalSecondaryIndexes().stream()
                .filter(i -> i.indexName().equals("user_id-index")).count());
    }

    @Test
    void createReturnsTheStoredItemWithTimestamps() {
        String id = newId();
        ObjectNode stored = store.create("job", job(id));
        assertEquals("2025-05-24 01:02", stored.get("created").asText());
        assertEquals("2025-05-24 01:02", stored.get("last_modified").asText());
        assertEquals(stored, store.get("job", ItemKey.of(id)).orElseThrow());
    }

    @Test
    void createOfAnExistingKeyConflictsAndLeavesTheItem() {
        String id = newId();
        ObjectNode first = store.create("job", job(id));
        ObjectNode second = job(id);
        second.put("position", "Something Else");
        ConflictException e = assertThrows(ConflictException.class, () -> store.create("job", second));
        assertEquals("conflict", e.code());
        assertEquals("job_id", e.field());
        assertEquals("item '" + id + "' already exists in table 'job'", e.getMessage());
        assertEquals(first, store.get("job", ItemKey.of(id)).orElseThrow());
    }

    @Test
    void putKeepsCreatedAcrossAReplaceAndDropsOmittedColumns() {
        String id = newId();
        ObjectNode first = store.put("job", job(id));
        clock.advance(Duration.ofHours(2));
        ObjectNode replacement = job(id);
        replacement.remove("company_name");
        replacement.put("status", 1);
        replacement.put("created", "1999-01-01 00:00");
        ObjectNode second = store.put("job", replacement);
        assertEquals(first.get("created"), second.get("created"));
        assertEquals("2025-05-24 03:02", second.get("last_modified").asText());
        assertFalse(second.has("company_name"));
        assertEquals(1, second.get("status").intValue());
        assertEquals(second, store.get("job", ItemKey.of(id)).orElseThrow());
    }

    @Test
    void putIfWritesOnlyWhenAbsentOrStatusBelowOne() {
        Condition cardMayWrite = Condition.or(Condition.itemAbsent(), Condition.lessThan("status", 1));
        String id = newId();
        ObjectNode card = job(id);
        store.putIf("job", card, cardMayWrite);
        card.put("position", "Seen twice");
        assertEquals("Seen twice", store.putIf("job", card, cardMayWrite).get("position").asText());
        store.update("job", ItemKey.of(id), Json.parseObject("{\"status\": 1, \"position\": \"From the job page\"}"));
        card.put("position", "Card again");
        ConflictException e = assertThrows(ConflictException.class, () -> store.putIf("job", card, cardMayWrite));
        assertEquals("item '" + id + "' in table 'job' was not written: the condition (item absent or status < 1) does not hold", e.getMessage());
        assertEquals("From the job page", store.get("job", ItemKey.of(id)).orElseThrow().get("position").asText());
    }

    @Test
    void conditionOperandsAreChecked() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> store.putIf("job", job(newId()), Condition.lessThan("status", "one")));
        assertEquals("type", e.code());
        assertEquals("status", e.field());
    }

    @Test
    void replaceNeedsAnExistingItem() {
        String id = newId();
        NotFoundException e = assertThrows(NotFoundException.class, () -> store.replace("job", job(id)));
        assertEquals("not_found", e.code());
        assertEquals("job '" + id + "' does not exist", e.getMessage());
        assertTrue(store.get("job", ItemKey.of(id)).isEmpty());
        store.create("job", job(id));
        assertEquals("ACME", store.replace("job", job(id)).get("company_name").asText());
    }

    @Test
    void getOfAMissingItemIsEmpty() {
        assertTrue(store.get("job", ItemKey.of(newId())).isEmpty());
    }

    @Test
    void updateSetsRemovesAndTouchesLastModified() {
        String id = newId();
        ObjectNode created = store.create("job", job(id));
        clock.advance(Duration.ofMinutes(5));
        ObjectNode updated = store.update("job", ItemKey.of(id), Json.parseObject(
                "{\"status\": 2, \"company_name\": null, \"closing_date\": \"2025-06-30\", \"last_modified\": \"2000-01-01 00:00\"}"));
        assertEquals(2, updated.get("status").intValue());
        assertFalse(updated.has("company_name"));
        assertEquals("2025-06-30", updated.get("closing_date").asText());
        assertEquals(created.get("created"), updated.get("created"));
        assertTrue(updated.get("last_modified").asText().compareTo(created.get("last_modified").asText()) > 0);
        assertEquals(updated, store.get("job", ItemKey.of(id)).orElseThrow());
    }

    @Test
    void updateOfAMissingItemIsNotFound() {
        String id = newId();
        NotFoundException e = assertThrows(NotFoundException.class,
                () -> store.update("job", ItemKey.of(id), Json.parseObject("{\"status\": 2}")));
        assertEquals("job '" + id + "' does not exist", e.getMessage());
        assertTrue(store.get("job", ItemKey.of(id)).isEmpty(), "an update must not create the item");
    }

    @Test
    void updateCannotChangeTheKeyOrNullARequiredField() {
        String id = newId();
        store.create("job", job(id));
        ValidationException e = assertThrows(ValidationException.class,
                () -> store.update("job", ItemKey.of(id), Json.parseObject("{\"job_id\": \"other\"}")));
        assertEquals("key_mismatch", e.code());
        ValidationException nulled = assertThrows(ValidationException.class,
                () -> store.update("job", ItemKey.of(id), Json.parseObject("{\"position\": null}")));
        assertEquals("required", nulled.code());
        assertEquals("position", nulled.field());
    }

    @Test
    void deleteSaysWhetherTheItemExisted() {
        String id = newId();
        store.create("job", job(id));
        assertTrue(store.delete("job", ItemKey.of(id)));
        assertFalse(store.delete("job", ItemKey.of(id)));
        assertTrue(store.get("job", ItemKey.of(id)).isEmpty());
    }

    @Test
    void reservedWordColumnsWork() {
        String id = newId();
        ObjectNode user = Json.parseObject("{\"user_id\": \"" + id + "\", \"name\": \"Ann\"}");
        assertEquals("Ann", store.put("user", user).get("name").asText());
        assertEquals("Bea", store.update("user", ItemKey.of(id), Json.parseObject("{\"name\": \"Bea\"}")).get("name").asText());
        ObjectNode lead = Json.parseObject("{\"job_s_id\": \"" + id + "\", \"status\": \"OPEN\"}");
        store.put("crm_status", lead);
        store.putIf("crm_status", lead, Condition.equalTo("status", "OPEN"));
        ObjectNode job = store.put("job", job(id));
        assertEquals("https://example.org/job/" + id, job.get("url").asText());
        assertEquals("Data Engineer", job.get("position").asText());
    }

    @Test
    void compositeKeys() {
        String id = newId();
        ObjectNode score = Json.parseObject("{\"job_s_id\": \"" + id + "\", \"track_id\": \"t1\", \"score\": 0.75, \"method\": \"tags\"}");
        store.create("track_score", score);
        assertEquals(0.75, store.get("track_score", ItemKey.of(id, "t1")).orElseThrow().get("score").doubleValue());
        assertTrue(store.get("track_score", ItemKey.of(id, "t2")).isEmpty());
        ValidationException e = assertThrows(ValidationException.class, () -> store.get("track_score", ItemKey.of(id)));
        assertEquals("required", e.code());
        assertEquals("track_id", e.field());
        assertEquals("key_mismatch", assertThrows(ValidationException.class, () -> store.get("job", ItemKey.of(id, "x"))).code());
        assertTrue(store.delete("track_score", ItemKey.of(id, "t1")));
    }

    @Test
    void numbersRoundTripExactly() {
        String id = newId();
        ObjectNode r = job(id);
        r.set("salary_min", Json.parseObject("{\"n\": 0.1}").get("n"));
        r.set("salary_max", Json.parseObject("{\"n\": 9007199254740993}").get("n"));
        r.set("applications", Json.parseObject("{\"n\": 12345678901234567890123456789012345678}").get("n"));
        store.put("job", r);
        ObjectNode read = store.get("job", ItemKey.of(id)).orElseThrow();
        assertEquals("0.1", read.get("salary_min").toString());
        assertEquals("9007199254740993", read.get("salary_max").toString());
        assertEquals("12345678901234567890123456789012345678", read.get("applications").toString());
    }

    @Test
    void theSizeLimitMatchesTheServers() {
        String id = newId();
        ObjectNode r = job(id);
        r.put("description", "");
        long withoutText = ItemSize.of(r) + "created".length() + 16 + "last_modified".length() + 16;
        int largest = (int) (ItemSize.MAX_BYTES - withoutText);
        r.put("description", "x".repeat(largest));
        store.put("job", r);
        // one byte more is refused by the server too, so our count is neither stricter nor looser
        Map<String, AttributeValue> item = new HashMap<>(dynamo.client().getItem(g -> g.tableName(PREFIX + "job")
                .key(Map.of("job_id", AttributeValue.fromS(id)))).item());
        item.put("description", AttributeValue.fromS("x".repeat(largest + 1)));
        assertThrows(DynamoDbException.class, () -> dynamo.client().putItem(p -> p.tableName(PREFIX + "job").item(item)));
    }

    @Test
    void unknownTable() {
        UnknownTableException e = assertThrows(UnknownTableException.class, () -> store.get("jobs", ItemKey.of("x")));
        assertEquals("table 'jobs' does not exist", e.getMessage());
    }
}

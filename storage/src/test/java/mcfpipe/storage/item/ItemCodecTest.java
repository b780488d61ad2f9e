package mcfpipe.storage.item;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import mcfpipe.storage.Json;
import mcfpipe.storage.schema.Schema;
import mcfpipe.storage.schema.TableDef;
import mcfpipe.storage.validate.RecordValidator;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class ItemCodecTest {
    private static final TableDef JOB = Schema.loadDefault().table("job");
    private final ItemCodec codec = new ItemCodec(JOB);

    @Test
    void writesAttributesByColumnType() {
        ObjectNode record = RecordValidator.validate(JOB, Json.parseObject("{\"job_id\": \"j1\", \"position\": \"p\","
                + " \"posted_date\": \"2025-05-24\", \"status\": 1, \"salary_min\": 9007199254740993, \"salary_max\": 0.10,"
                + " \"skills\": [\"sql\", \"java\"], \"closing_date\": null}"), RecordValidator.Mode.FULL);
        Map<String, AttributeValue> item = codec.toItem(record);
        assertEquals(AttributeValue.fromS("j1"), item.get("job_id"));
        assertEquals(AttributeValue.fromN("1"), item.get("status"));
        assertEquals(AttributeValue.fromN("9007199254740993"), item.get("salary_min"));
        assertEquals(AttributeValue.fromN("0.1"), item.get("salary_max"));
        assertEquals(AttributeValue.fromL(List.of(AttributeValue.fromS("sql"), AttributeValue.fromS("java"))), item.get("skills"));
        assertFalse(item.containsKey("closing_date"));
        assertEquals(record, codec.fromItem(item));
    }

    @Test
    void readsBackInSchemaOrderAndKeepsUnlistedAttributes() {
        ObjectNode record = codec.fromItem(Map.of("legacy", AttributeValue.fromBool(true), "status", AttributeValue.fromN("1E+2"),
                "job_id", AttributeValue.fromS("j1")));
        assertEquals("{\"job_id\":\"j1\",\"status\":100,\"legacy\":true}", record.toString());
    }

    @Test
    void keyOfARecord() {
        ObjectNode record = Json.parseObject("{\"job_id\": \"j1\", \"position\": \"p\"}");
        assertEquals(Map.of("job_id", AttributeValue.fromS("j1")), codec.keyOf(record));
        TableDef scores = Schema.loadDefault().table("track_score");
        assertEquals(Map.of("job_s_id", AttributeValue.fromS("s"), "track_id", AttributeValue.fromS("t")),
                new ItemCodec(scores).keyOf(Json.parseObject("{\"job_s_id\": \"s\", \"track_id\": \"t\", \"score\": 0.5}")));
    }
}

package mcfpipe.storage.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import mcfpipe.storage.Json;
import mcfpipe.storage.schema.Schema;
import mcfpipe.storage.schema.TableDef;
import mcfpipe.storage.validate.RecordValidator.Mode;
import org.junit.jupiter.api.Test;

class RecordValidatorTest {
    private static final Schema SCHEMA = Schema.loadDefault();
    private static final TableDef JOB = SCHEMA.table("job");

    private static ObjectNode job() {
        return Json.parseObject("{\"job_id\": \"j1\", \"position\": \"Data Engineer\", \"posted_date\": \"2025-05-24\", \"status\": 0}");
    }

    private static ValidationException invalid(TableDef table, ObjectNode record, Mode mode) {
        return assertThrows(ValidationException.class, () -> RecordValidator.validate(table, record, mode));
    }

    private static ValidationException invalidJob(ObjectNode record) {
        return invalid(JOB, record, Mode.FULL);
    }

    @Test
    void aMinimalJobIsValid() {
        assertEquals(job(), RecordValidator.validate(JOB, job(), Mode.FULL));
    }

    @Test
    void missingRequiredField() {
        ObjectNode r = job();
        r.remove("position");
        ValidationException e = invalidJob(r);
        assertEquals("required", e.code());
        assertEquals("position", e.field());
        assertEquals("field 'position' is required in table 'job'", e.getMessage());
        assertEquals(400, e.httpStatus());
    }

    @Test
    void nullForRequiredFieldIsRequired() {
        ObjectNode r = job();
        r.putNull("status");
        ValidationException e = invalidJob(r);
        assertEquals("required", e.code());
        assertEquals("field 'status' is required in table 'job' and cannot be null", e.getMessage());
    }

    @Test
    void nullForNullableFieldIsAbsent() {
        ObjectNode r = job();
        r.putNull("mcf_ref");
        assertFalse(RecordValidator.validate(JOB, r, Mode.FULL).has("mcf_ref"));
        assertTrue(RecordValidator.validate(JOB, r, Mode.PARTIAL).get("mcf_ref").isNull(), "a partial record keeps the null to remove the field");
    }

    @Test
    void numberExpectedGotString() {
        ObjectNode r = job();
        r.put("status", "1");
        ValidationException e = invalidJob(r);
        assertEquals("type", e.code());
        assertEquals("status", e.field());
        assertEquals("field 'status' in table 'job' has the wrong type: expected Number, got string", e.getMessage());
    }

    @Test
    void stringExpectedGotNumber() {
        ObjectNode r = job();
        r.put("position", 5);
        ValidationException e = invalidJob(r);
        assertEquals("type", e.code());
        assertEquals("field 'position' in table 'job' has the wrong type: expected String, got number", e.getMessage());
    }

    @Test
    void booleanExpectedGotString() {
        ObjectNode r = Json.parseObject("{\"track_id\": \"t1\", \"user_id\": \"u1\", \"name\": \"DE\", \"active\": \"true\"}");
        ValidationException e = invalid(SCHEMA.table("track"), r, Mode.FULL);
        assertEquals("type", e.code());
        assertEquals("field 'active' in table 'track' has the wrong type: expected Boolean, got string", e.getMessage());
    }

    @Test
    void stringListElementsMustBeStrings() {
        ObjectNode r = job();
        r.putArray("skills").add("sql").add(3);
        ValidationException e = invalidJob(r);
        assertEquals("type", e.code());
        assertEquals("skills", e.field());
        assertEquals("field 'skills' in table 'job' has the wrong type: expected StringList (an array of strings), got number at position 1",
                e.getMessage());
    }

    @Test
    void textDateIsABadDateFormat() {
        ObjectNode r = job();
        r.put("posted_date", "May 24, 2025");
        ValidationException e = invalidJob(r);
        assertEquals("date_format", e.code());
        assertEquals("posted_date", e.field());
        assertEquals("field 'posted_date' in table 'job' has a bad date format: expected YYYY-MM-DD, got 'May 24, 2025'", e.getMessage());
    }

    @Test
    void impossibleDateIsRejected() {
        ObjectNode r = job();
        r.put("posted_date", "2023-02-30");
        ValidationException e = invalidJob(r);
        assertEquals("date_format", e.code());
        assertEquals("field 'posted_date' in table 'job' has a bad date format: expected YYYY-MM-DD, got '2023-02-30' (not a real date)",
                e.getMessage());
    }

    @Test
    void leapDayIsValid() {
        ObjectNode r = job();
        r.put("posted_date", "2024-02-29");
        assertEquals("2024-02-29", RecordValidator.validate(JOB, r, Mode.FULL).get("posted_date").asText());
    }

    @Test
    void timestampWithSecondsIsNormalised() {
        ObjectNode r = Json.parseObject("{\"job_s_id\": \"s1\", \"user_id\": \"u1\", \"job_id\": \"j1\", \"found_at\": \"2025-05-24 09:07:45\"}");
        assertEquals("2025-05-24 09:07", RecordValidator.validate(SCHEMA.table("job_search"), r, Mode.FULL).get("found_at").asText());
    }

    @Test
    void unknownColumn() {
        ObjectNode r = job();
        r.put("salary", 5000);
        ValidationException e = invalidJob(r);
        assertEquals("unknown_column", e.code());
        assertEquals("salary", e.field());
        assertEquals("column 'salary' does not exist in table 'job'", e.getMessage());
    }

    @Test
    void emptyKey() {
        ObjectNode r = job();
        r.put("job_id", "");
        ValidationException e = invalidJob(r);
        assertEquals("empty_key", e.code());
        assertEquals("job_id", e.field());
        assertEquals("key field 'job_id' in table 'job' must not be empty or blank", e.getMessage());
    }

    @Test
    void blankKey() {
        ObjectNode r = job();
        r.put("job_id", "  ");
        assertEquals("empty_key", invalidJob(r).code());
    }

    @Test
    void emptyIndexKeyIsAnEmptyKeyToo() {
        ObjectNode r = job();
        r.put("mcf_ref", "");
        ValidationException e = invalidJob(r);
        assertEquals("empty_key", e.code());
        assertEquals("mcf_ref", e.field());
    }

    @Test
    void keysLongerThanDynamoDbAllowsAreRejected() {
        ObjectNode user = Json.parseObject("{\"name\": \"Ann\"}");
        user.put("user_id", "é".repeat(1025));
        ValidationException e = invalid(SCHEMA.table("user"), user, Mode.FULL);
        assertEquals("key_too_long", e.code());
        assertEquals("user_id", e.field());
        assertEquals("key field 'user_id' in table 'user' is 2050 bytes; DynamoDB allows at most 2048", e.getMessage());
        // job_id sorts the posted_date index, so the sort key limit applies to it
        ObjectNode r = job();
        r.put("job_id", "x".repeat(1025));
        assertEquals("key field 'job_id' in table 'job' is 1025 bytes; DynamoDB allows at most 1024", invalidJob(r).getMessage());
        // user_id sorts the job_id index of job_search
        ObjectNode row = Json.parseObject("{\"job_s_id\": \"s1\", \"job_id\": \"j1\", \"found_at\": \"2025-05-24 09:07\"}");
        row.put("user_id", "u".repeat(1025));
        assertEquals("key field 'user_id' in table 'job_search' is 1025 bytes; DynamoDB allows at most 1024",
                invalid(SCHEMA.table("job_search"), row, Mode.FULL).getMessage());
    }

    @Test
    void numbersStayExact() {
        ObjectNode r = Json.parseObject("{\"job_id\": \"j1\", \"position\": \"p\", \"posted_date\": \"2025-05-24\", \"status\": 0,"
                + " \"salary_min\": 0.1, \"salary_max\": 9007199254740993, \"applications\": 12345678901234567890123456789012345678}");
        ObjectNode v = RecordValidator.validate(JOB, r, Mode.FULL);
        assertEquals("0.1", v.get("salary_min").toString());
        assertEquals("9007199254740993", v.get("salary_max").toString());
        assertEquals("12345678901234567890123456789012345678", v.get("applications").toString());
    }

    @Test
    void thirtyNineSignificantDigitsAreTooPrecise() {
        ObjectNode r = Json.parseObject("{\"job_id\": \"j1\", \"position\": \"p\", \"posted_date\": \"2025-05-24\", \"status\": 0,"
                + " \"applications\": 123456789012345678901234567890123456789}");
        ValidationException e = invalidJob(r);
        assertEquals("number_precision", e.code());
        assertEquals("applications", e.field());
        assertEquals("field 'applications' in table 'job' has 39 significant digits; DynamoDB keeps at most 38", e.getMessage());
    }

    @Test
    void numbersOutsideDynamoDbsRangeAreRejected() {
        ObjectNode r = job();
        r.set("salary_min", Json.mapper().getNodeFactory().numberNode(new java.math.BigDecimal("1E+126")));
        ValidationException e = invalidJob(r);
        assertEquals("number_range", e.code());
        assertEquals("salary_min", e.field());
        r.set("salary_min", Json.mapper().getNodeFactory().numberNode(new java.math.BigDecimal("1E-131")));
        assertEquals("number_range", invalidJob(r).code());
        r.set("salary_min", Json.mapper().getNodeFactory().numberNode(new java.math.BigDecimal("-9.9999999999999999999999999999999999999E+125")));
        assertEquals("-" + "99999999999999999999999999999999999999" + "0".repeat(88),
                RecordValidator.validate(JOB, r, Mode.FULL).get("salary_min").toString());
    }

    @Test
    void valueOutsideAllowedValues() {
        ObjectNode r = Json.parseObject("{\"job_s_id\": \"s1\", \"status\": \"MAYBE\"}");
        ValidationException e = invalid(SCHEMA.table("crm_status"), r, Mode.FULL);
        assertEquals("not_allowed", e.code());
        assertEquals("status", e.field());
        assertEquals("field 'status' in table 'crm_status' has value 'MAYBE', which is not allowed; allowed values: "
                + "OPEN, SCREENED, TOAPPLY, APPLIED, INTERVIEW, OFFER, CLOSED, EXPIRED, REJECTED", e.getMessage());
    }

    @Test
    void itemOverFourHundredKilobytesIsTooLarge() {
        ObjectNode r = job();
        long fixed = ItemSize.of(job()) + ItemSize.utf8("description") + "created".length() + 16 + "last_modified".length() + 16;
        r.put("description", "x".repeat((int) (ItemSize.MAX_BYTES - fixed)));
        RecordValidator.validate(JOB, r, Mode.FULL);
        r.put("description", "x".repeat((int) (ItemSize.MAX_BYTES - fixed) + 1));
        ValidationException e = invalidJob(r);
        assertEquals("item_too_large", e.code());
        assertEquals(413, e.httpStatus());
        assertEquals("description", e.field());
        assertTrue(e.getMessage().startsWith("item in table 'job' is too large: 409601 bytes"), e.getMessage());
    }

    @Test
    void itemSizeFollowsDynamoDbsRules() {
        ObjectNode r = Json.parseObject("{\"ab\": \"héllo\", \"n\": 12345, \"b\": true, \"l\": [\"x\", \"yz\"]}");
        // ab: 2 + 6 (é is two UTF-8 bytes); n: 1 + (1 + 3 digit pairs); b: 1 + 1; l: 1 + 3 + (1 + 1) + (1 + 2)
        assertEquals(8 + 5 + 2 + 9, ItemSize.of(r));
    }

    @Test
    void numberSizeFollowsTheBase100Encoding() {
        assertEquals(1, ItemSize.number(new java.math.BigDecimal("0")));
        assertEquals(2, ItemSize.number(new java.math.BigDecimal("12")));
        assertEquals(3, ItemSize.number(new java.math.BigDecimal("1.2")));
        assertEquals(3, ItemSize.number(new java.math.BigDecimal("-12")));
        assertEquals(20, ItemSize.number(new java.math.BigDecimal("12345678901234567890123456789012345678")));
    }

    @Test
    void serverSetTimestampsAreDropped() {
        ObjectNode r = job();
        r.put("created", "not a date");
        r.put("last_modified", "2020-01-01 00:00");
        ObjectNode v = RecordValidator.validate(JOB, r, Mode.FULL);
        assertFalse(v.has("created"));
        assertFalse(v.has("last_modified"));
    }

    @Test
    void partialChecksOnlyGivenFieldsButNeedsTheKey() {
        ObjectNode change = Json.parseObject("{\"job_id\": \"j1\", \"status\": 2}");
        assertEquals(change, RecordValidator.validate(JOB, change, Mode.PARTIAL));
        change.remove("job_id");
        ValidationException e = invalid(JOB, change, Mode.PARTIAL);
        assertEquals("required", e.code());
        assertEquals("job_id", e.field());
    }

    @Test
    void textValuesTakeTheColumnType() {
        assertEquals("12", TextValues.parse(SCHEMA.table("track_score"), "score", "12.0").toString());
        ValidationException e = assertThrows(ValidationException.class, () -> TextValues.parse(SCHEMA.table("track_score"), "score", "high"));
        assertEquals("type", e.code());
        assertEquals("field 'score' in table 'track_score' has the wrong type: expected Number, got 'high'", e.getMessage());
    }
}

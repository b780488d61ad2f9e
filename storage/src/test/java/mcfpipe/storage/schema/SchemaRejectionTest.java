package mcfpipe.storage.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import mcfpipe.storage.Json;
import org.junit.jupiter.api.Test;

/** Each way a schema file can be broken, rejected with a message naming the table and column or index. */
class SchemaRejectionTest {
    private static final String VALID = """
            {"tables": [{
              "table_name": "thing", "primary_key": "thing_id",
              "columns": [
                {"column_name": "thing_id", "data_type": "String", "nullable": false},
                {"column_name": "label", "data_type": "String", "nullable": true},
                {"column_name": "rank", "data_type": "Number", "nullable": true},
                {"column_name": "flag", "data_type": "Boolean", "nullable": true},
                {"column_name": "created", "data_type": "String", "nullable": false, "date_format": "ISO_TIMESTAMP"},
                {"column_name": "last_modified", "data_type": "String", "nullable": false, "date_format": "ISO_TIMESTAMP"}
              ],
              "secondary_indexes": [{"index_name": "label-index", "partition_key": "label", "projection": "ALL"}]
            }]}""";

    private final ObjectNode root = Json.parseObject(VALID);

    @Test
    void theBaseVariantLoads() {
        assertEquals(1, load(root.toString()).tables().size());
    }

    @Test
    void malformedJson() {
        assertRejected(VALID.substring(0, 40), "t.json: malformed JSON");
    }

    @Test
    void unknownDataType() {
        column("rank").put("data_type", "Integer");
        assertRejected("t.json: table 'thing', column 'rank': unknown data type 'Integer' (expected String, Number, Boolean or StringList)");
    }

    @Test
    void primaryKeyNotAmongColumns() {
        table().put("primary_key", "thing_key");
        assertRejected("t.json: table 'thing': primary key 'thing_key' is not among the columns");
    }

    @Test
    void sortKeyNotAmongColumns() {
        table().put("sort_key", "position");
        assertRejected("t.json: table 'thing': sort key 'position' is not among the columns");
    }

    @Test
    void keyColumnOfWrongType() {
        table().put("sort_key", "flag");
        column("flag").put("nullable", false);
        assertRejected("t.json: table 'thing': sort key column 'flag' must be String or Number, not Boolean");
    }

    @Test
    void nullableKeyColumn() {
        column("thing_id").put("nullable", true);
        assertRejected("t.json: table 'thing': primary key column 'thing_id' must not be nullable");
    }

    @Test
    void duplicateColumn() {
        columns().add(column("label").deepCopy());
        assertRejected("t.json: table 'thing': duplicate column 'label'");
    }

    @Test
    void duplicateTable() {
        ((ArrayNode) root.get("tables")).add(table().deepCopy());
        assertRejected("t.json: duplicate table 'thing'");
    }

    @Test
    void indexWithoutName() {
        index().remove("index_name");
        assertRejected("t.json: table 'thing', index #0 has no 'index_name'");
    }

    @Test
    void indexKeyNotAmongColumns() {
        index().put("sort_key", "colour");
        assertRejected("t.json: table 'thing': index 'label-index': sort key 'colour' is not among the columns");
    }

    @Test
    void indexKeyOfWrongType() {
        index().put("partition_key", "flag");
        assertRejected("t.json: table 'thing': index 'label-index': partition key column 'flag' must be String or Number, not Boolean");
    }

    @Test
    void duplicateIndexName() {
        ((ArrayNode) table().get("secondary_indexes")).add(index().deepCopy());
        assertRejected("t.json: table 'thing': duplicate index name 'label-index'");
    }

    @Test
    void dateFormatOnNonStringColumn() {
        column("rank").put("date_format", "ISO_DATE");
        assertRejected("t.json: table 'thing': column 'rank': date_format ISO_DATE needs data_type String, not Number");
    }

    @Test
    void unknownDateFormat() {
        column("label").put("date_format", "US_DATE");
        assertRejected("t.json: table 'thing', column 'label': unknown date format 'US_DATE' (expected ISO_DATE or ISO_TIMESTAMP)");
    }

    @Test
    void tableWithoutCreated() {
        removeColumn("created");
        assertRejected("t.json: table 'thing': has no 'created' column (every table needs created and last_modified)");
    }

    @Test
    void tableWithoutLastModified() {
        removeColumn("last_modified");
        assertRejected("t.json: table 'thing': has no 'last_modified' column (every table needs created and last_modified)");
    }

    @Test
    void unknownPropertyIsATypo() {
        table().put("sortkey", "label");
        assertRejected("t.json: table 'thing': unknown property 'sortkey'");
    }

    @Test
    void allowedValuesOnUnknownColumn() {
        table().putObject("allowed_values").putArray("colour").add("RED");
        assertRejected("t.json: table 'thing': allowed_values names column 'colour', which is not among the columns");
    }

    private Schema load(String text) {
        return Schema.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "t.json");
    }

    private void assertRejected(String message) {
        assertRejected(root.toString(), message);
    }

    private void assertRejected(String text, String messageStart) {
        SchemaException e = assertThrows(SchemaException.class, () -> load(text));
        assertEquals(messageStart, e.getMessage().substring(0, Math.min(e.getMessage().length(), messageStart.length())),
                "full message: " + e.getMessage());
    }

    private ObjectNode table() {
        return (ObjectNode) root.get("tables").get(0);
    }

    private ArrayNode columns() {
        return (ArrayNode) table().get("columns");
    }

    private ObjectNode column(String name) {
        for (JsonNode c : columns()) {
            if (c.get("column_name").asText().equals(name)) return (ObjectNode) c;
        }
        throw new IllegalArgumentException(name);
    }

    private void removeColumn(String name) {
        for (int i = 0; i < columns().size(); i++) {
            if (columns().get(i).get("column_name").asText().equals(name)) columns().remove(i);
        }
    }

    private ObjectNode index() {
        return (ObjectNode) table().get("secondary_indexes").get(0);
    }
}

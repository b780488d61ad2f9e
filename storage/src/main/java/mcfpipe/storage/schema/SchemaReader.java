package mcfpipe.storage.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns the parsed schema file into table definitions, rejecting anything malformed: missing or
 * mistyped properties, unknown properties (a typo such as "sortkey" would otherwise be silently
 * ignored), duplicate tables, columns and indexes. Cross-checks between parts are {@link TableRules}.
 */
final class SchemaReader {
    private static final Set<String> TOP_PROPERTIES = Set.of("schema_version", "description", "date_formats", "data_types", "tables");
    private static final Set<String> TABLE_PROPERTIES = Set.of("table_name", "group", "description", "primary_key",
            "sort_key", "columns", "secondary_indexes", "allowed_values");
    private static final Set<String> COLUMN_PROPERTIES = Set.of("column_name", "data_type", "nullable", "date_format", "description");
    private static final Set<String> INDEX_PROPERTIES = Set.of("index_name", "partition_key", "sort_key", "projection");
    /** DynamoDB's table and index name characters; tables also appear in URLs. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.-]+");
    private static final Set<String> PROJECTIONS = Set.of("ALL", "KEYS_ONLY");

    private final String source;

    SchemaReader(String source) {
        this.source = source;
    }

    List<TableDef> read(JsonNode root) {
        if (root == null || !root.isObject()) throw fail("the schema is not a JSON object");
        checkProperties(root, TOP_PROPERTIES, "the schema");
        JsonNode tables = root.get("tables");
        if (tables == null || !tables.isArray()) throw fail("the schema has no 'tables' array");
        List<TableDef> result = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        int position = 0;
        for (JsonNode t : tables) {
            TableDef table = readTable(t, position++);
            if (!names.add(table.name())) throw fail("duplicate table '" + table.name() + "'");
            new TableRules(source, table).check();
            result.add(table);
        }
        return result;
    }

    private TableDef readTable(JsonNode t, int position) {
        String where = "table #" + position;
        if (!t.isObject()) throw fail(where + " is not a JSON object");
        String name = requiredText(t, "table_name", where);
        if (!NAME.matcher(name).matches() || name.length() < 3) {
            throw fail("table '" + name + "': table_name must be at least 3 of the characters A-Z a-z 0-9 _ . -");
        }
        where = "table '" + name + "'";
        checkProperties(t, TABLE_PROPERTIES, where);
        String primaryKey = requiredText(t, "primary_key", where);
        String sortKey = optionalText(t, "sort_key", where);
        List<ColumnDef> columns = readColumns(t.get("columns"), where);
        List<IndexDef> indexes = readIndexes(t.get("secondary_indexes"), where);
        Map<String, List<String>> allowed = readAllowedValues(t.get("allowed_values"), where);
        return new TableDef(name, optionalText(t, "group", where), optionalText(t, "description", where),
                primaryKey, sortKey, columns, indexes, allowed);
    }

    private List<ColumnDef> readColumns(JsonNode columns, String where) {
        if (columns == null || !columns.isArray() || columns.isEmpty()) throw fail(where + " has no 'columns' array");
        List<ColumnDef> result = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        int position = 0;
        for (JsonNode c : columns) {
            String at = where + ", column #" + position++;
            if (!c.isObject()) throw fail(at + " is not a JSON object");
            String name = requiredText(c, "column_name", at);
            at = where + ", column '" + name + "'";
            checkProperties(c, COLUMN_PROPERTIES, at);
            if (!names.add(name)) throw fail(where + ": duplicate column '" + name + "'");
            String typeName = requiredText(c, "data_type", at);
            DataType type = DataType.fromSchemaName(typeName).orElseThrow(() -> fail(where + ", column '" + name
                    + "': unknown data type '" + typeName + "' (expected String, Number, Boolean or StringList)"));
            JsonNode nullable = c.get("nullable");
            if (nullable == null || !nullable.isBoolean()) throw fail(at + ": 'nullable' must be true or false");
            String formatName = optionalText(c, "date_format", at);
            DateFormat format = null;
            if (formatName != null) {
                format = DateFormat.fromSchemaName(formatName).orElseThrow(() -> fail(where + ", column '" + name
                        + "': unknown date format '" + formatName + "' (expected ISO_DATE or ISO_TIMESTAMP)"));
            }
            result.add(new ColumnDef(name, type, nullable.booleanValue(), format));
        }
        return result;
    }

    private List<IndexDef> readIndexes(JsonNode indexes, String where) {
        if (indexes == null || indexes.isNull()) return List.of();
        if (!indexes.isArray()) throw fail(where + ": 'secondary_indexes' must be an array");
        List<IndexDef> result = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        int position = 0;
        for (JsonNode i : indexes) {
            String at = where + ", index #" + position++;
            if (!i.isObject()) throw fail(at + " is not a JSON object");
            String name = optionalText(i, "index_name", at);
            if (name == null || name.isBlank()) throw fail(at + " has no 'index_name'");
            if (!NAME.matcher(name).matches() || name.length() < 3) {
                throw fail(where + ", index '" + name + "': index_name must be at least 3 of the characters A-Z a-z 0-9 _ . -");
            }
            at = where + ", index '" + name + "'";
            checkProperties(i, INDEX_PROPERTIES, at);
            if (!names.add(name)) throw fail(where + ": duplicate index name '" + name + "'");
            String partitionKey = requiredText(i, "partition_key", at);
            String sortKey = optionalText(i, "sort_key", at);
            String projection = optionalText(i, "projection", at);
            if (projection == null) projection = "ALL";
            if (!PROJECTIONS.contains(projection)) {
                throw fail(at + ": unknown projection '" + projection + "' (expected ALL or KEYS_ONLY)");
            }
            result.add(new IndexDef(name, partitionKey, sortKey, projection));
        }
        return result;
    }

    private Map<String, List<String>> readAllowedValues(JsonNode allowed, String where) {
        Map<String, List<String>> result = new LinkedHashMap<>();
        if (allowed == null || allowed.isNull()) return result;
        if (!allowed.isObject()) throw fail(where + ": 'allowed_values' must be an object of column name to list");
        for (Iterator<Map.Entry<String, JsonNode>> it = allowed.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            List<String> values = new ArrayList<>();
            if (!e.getValue().isArray() || e.getValue().isEmpty()) {
                throw fail(where + ", allowed_values of column '" + e.getKey() + "' must be a non-empty array of strings");
            }
            for (JsonNode v : e.getValue()) {
                if (!v.isTextual()) throw fail(where + ", allowed_values of column '" + e.getKey() + "' must be strings");
                values.add(v.textValue());
            }
            result.put(e.getKey(), values);
        }
        return result;
    }

    private void checkProperties(JsonNode node, Set<String> known, String where) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String property = it.next();
            if (!known.contains(property)) throw fail(where + ": unknown property '" + property + "'");
        }
    }

    private String requiredText(JsonNode node, String property, String where) {
        String value = optionalText(node, property, where);
        if (value == null || value.isBlank()) throw fail(where + " has no '" + property + "'");
        return value;
    }

    private String optionalText(JsonNode node, String property, String where) {
        JsonNode value = node.get(property);
        if (value == null || value.isNull()) return null;
        if (!value.isTextual()) throw fail(where + ": '" + property + "' must be a string");
        return value.textValue();
    }

    private SchemaException fail(String message) {
        return new SchemaException(source + ": " + message);
    }
}

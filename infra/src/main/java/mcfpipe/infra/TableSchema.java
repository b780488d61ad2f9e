package mcfpipe.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import software.amazon.awscdk.services.dynamodb.AttributeType;
import software.amazon.awscdk.services.dynamodb.ProjectionType;

/**
 * The tables of storage/db_schema.json as the database stack needs them: keys, their attribute types and the
 * global secondary indexes. Read from the file itself, so a table added to the schema is a table deployed.
 */
public record TableSchema(String name, Key partitionKey, Optional<Key> sortKey, List<Index> indexes) {

    /** A key attribute: its name and DynamoDB type, from the column's data_type. */
    public record Key(String name, AttributeType type) {
    }

    public record Index(String name, Key partitionKey, Optional<Key> sortKey, ProjectionType projection) {
    }

    /** Every table of the schema file, in file order. */
    public static List<TableSchema> load(Path schemaFile) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Files.readString(schemaFile));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the data model " + schemaFile, e);
        }
        List<TableSchema> tables = new ArrayList<>();
        for (JsonNode table : root.path("tables")) {
            tables.add(fromJson(table));
        }
        if (tables.isEmpty()) {
            throw new IllegalArgumentException(schemaFile + " lists no tables");
        }
        return List.copyOf(tables);
    }

    private static TableSchema fromJson(JsonNode table) {
        String name = text(table, "table_name", "a table");
        Map<String, String> columnTypes = new LinkedHashMap<>();
        for (JsonNode column : table.path("columns")) {
            columnTypes.put(text(column, "column_name", name), text(column, "data_type", name));
        }
        Key pk = key(name, columnTypes, text(table, "primary_key", name));
        Optional<Key> sk = optionalText(table, "sort_key").map(k -> key(name, columnTypes, k));
        List<Index> indexes = new ArrayList<>();
        for (JsonNode index : table.path("secondary_indexes")) {
            String indexName = text(index, "index_name", name);
            indexes.add(new Index(indexName,
                    key(name, columnTypes, text(index, "partition_key", indexName)),
                    optionalText(index, "sort_key").map(k -> key(name, columnTypes, k)),
                    projection(optionalText(index, "projection").orElse("ALL"), indexName)));
        }
        return new TableSchema(name, pk, sk, List.copyOf(indexes));
    }

    private static Key key(String table, Map<String, String> columnTypes, String column) {
        String type = columnTypes.get(column);
        if (type == null) {
            throw new IllegalArgumentException("table " + table + ": key '" + column + "' is not one of its columns");
        }
        return switch (type) {
            case "String" -> new Key(column, AttributeType.STRING);
            case "Number" -> new Key(column, AttributeType.NUMBER);
            default -> throw new IllegalArgumentException(
                    "table " + table + ": key '" + column + "' has type " + type + ", a key must be String or Number");
        };
    }

    private static ProjectionType projection(String value, String index) {
        return switch (value) {
            case "ALL" -> ProjectionType.ALL;
            case "KEYS_ONLY" -> ProjectionType.KEYS_ONLY;
            default -> throw new IllegalArgumentException("index " + index + ": projection " + value
                    + " is not supported here (ALL or KEYS_ONLY)");
        };
    }

    private static String text(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new IllegalArgumentException("db_schema.json: " + where + " lacks '" + field + "'");
        }
        return value.asText();
    }

    private static Optional<String> optionalText(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || value.asText().isBlank() ? Optional.empty() : Optional.of(value.asText());
    }
}

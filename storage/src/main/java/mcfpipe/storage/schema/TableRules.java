package mcfpipe.storage.schema;

import java.util.List;

/** Checks that the parts of one table fit together: keys, indexes, formats, timestamps, allowed values. */
final class TableRules {
    private final String source;
    private final TableDef table;

    TableRules(String source, TableDef table) {
        this.source = source;
        this.table = table;
    }

    void check() {
        checkTableKey("primary key", table.primaryKey());
        table.sortKey().ifPresent(k -> checkTableKey("sort key", k));
        for (IndexDef index : table.indexes()) {
            checkIndexKey(index, "partition key", index.partitionKey());
            index.sortKey().ifPresent(k -> checkIndexKey(index, "sort key", k));
        }
        for (ColumnDef c : table.columns().values()) {
            if (c.dateFormat() != null && c.type() != DataType.STRING) {
                throw fail("column '" + c.name() + "': date_format " + c.dateFormat() + " needs data_type String, not " + c.type());
            }
        }
        checkTimestamp(TableDef.CREATED);
        checkTimestamp(TableDef.LAST_MODIFIED);
        table.allowedValues().forEach(this::checkAllowedValues);
    }

    private void checkTableKey(String role, String column) {
        ColumnDef c = table.findColumn(column).orElseThrow(() ->
                fail(role + " '" + column + "' is not among the columns"));
        if (!c.type().canBeKey()) {
            throw fail(role + " column '" + column + "' must be String or Number, not " + c.type());
        }
        if (c.nullable()) throw fail(role + " column '" + column + "' must not be nullable");
        if (TableDef.isServerSet(column)) throw fail(role + " column '" + column + "' is server-set and cannot be a key");
    }

    /** Index keys may be nullable: an item without the attribute is simply not in the (sparse) index. */
    private void checkIndexKey(IndexDef index, String role, String column) {
        ColumnDef c = table.findColumn(column).orElseThrow(() ->
                fail("index '" + index.name() + "': " + role + " '" + column + "' is not among the columns"));
        if (!c.type().canBeKey()) {
            throw fail("index '" + index.name() + "': " + role + " column '" + column + "' must be String or Number, not " + c.type());
        }
    }

    private void checkTimestamp(String column) {
        ColumnDef c = table.findColumn(column).orElseThrow(() ->
                fail("has no '" + column + "' column (every table needs created and last_modified)"));
        if (c.type() != DataType.STRING || c.dateFormat() != DateFormat.ISO_TIMESTAMP) {
            throw fail("column '" + column + "' must be a String with date_format ISO_TIMESTAMP");
        }
    }

    private void checkAllowedValues(String column, List<String> values) {
        ColumnDef c = table.findColumn(column).orElseThrow(() ->
                fail("allowed_values names column '" + column + "', which is not among the columns"));
        if (c.type() != DataType.STRING && c.type() != DataType.STRING_LIST) {
            throw fail("allowed_values of column '" + column + "' needs a String or StringList column, not " + c.type());
        }
    }

    private SchemaException fail(String message) {
        return new SchemaException(source + ": table '" + table.name() + "': " + message);
    }
}

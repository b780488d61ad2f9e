package mcfpipe.storage.schema;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import mcfpipe.storage.validate.ValidationException;

/** One table of the data model, immutable. Columns keep the order of the schema file. */
public final class TableDef {
    /** Server-set timestamp columns every table has. */
    public static final String CREATED = "created";
    public static final String LAST_MODIFIED = "last_modified";

    private final String name;
    private final String group;
    private final String description;
    private final String primaryKey;
    private final String sortKey;
    private final Map<String, ColumnDef> columns;
    private final List<IndexDef> indexes;
    private final Map<String, List<String>> allowedValues;

    public TableDef(String name, String group, String description, String primaryKey, String sortKey,
                    List<ColumnDef> columns, List<IndexDef> indexes, Map<String, List<String>> allowedValues) {
        this.name = name;
        this.group = group;
        this.description = description;
        this.primaryKey = primaryKey;
        this.sortKey = sortKey;
        Map<String, ColumnDef> byName = new LinkedHashMap<>();
        for (ColumnDef c : columns) byName.put(c.name(), c);
        this.columns = Collections.unmodifiableMap(byName);
        this.indexes = List.copyOf(indexes);
        Map<String, List<String>> allowed = new LinkedHashMap<>();
        allowedValues.forEach((k, v) -> allowed.put(k, List.copyOf(v)));
        this.allowedValues = Collections.unmodifiableMap(allowed);
    }

    public String name() {
        return name;
    }

    /** The design group (post, search, user, crm), or null. */
    public String group() {
        return group;
    }

    public String description() {
        return description;
    }

    public String primaryKey() {
        return primaryKey;
    }

    public Optional<String> sortKey() {
        return Optional.ofNullable(sortKey);
    }

    /** The table's own key columns: the primary key, then the sort key if any. */
    public List<String> keyColumns() {
        return sortKey == null ? List.of(primaryKey) : List.of(primaryKey, sortKey);
    }

    /** Columns that are a key of the table or of any index; DynamoDB rejects empty strings in all of them. */
    public Set<String> allKeyColumns() {
        Set<String> keys = new LinkedHashSet<>(keyColumns());
        for (IndexDef i : indexes) {
            keys.add(i.partitionKey());
            i.sortKey().ifPresent(keys::add);
        }
        return Collections.unmodifiableSet(keys);
    }

    public Map<String, ColumnDef> columns() {
        return columns;
    }

    public Optional<ColumnDef> findColumn(String column) {
        return Optional.ofNullable(columns.get(column));
    }

    /** The named column; an unknown name is an {@code unknown_column} validation error. */
    public ColumnDef column(String column) {
        ColumnDef c = columns.get(column);
        if (c == null) {
            throw new ValidationException(ValidationException.UNKNOWN_COLUMN, column,
                    "column '" + column + "' does not exist in table '" + name + "'");
        }
        return c;
    }

    public List<IndexDef> indexes() {
        return indexes;
    }

    public Optional<IndexDef> index(String indexName) {
        return indexes.stream().filter(i -> i.name().equals(indexName)).findFirst();
    }

    /** Column name to the only values it may hold. */
    public Map<String, List<String>> allowedValues() {
        return allowedValues;
    }

    public static boolean isServerSet(String column) {
        return CREATED.equals(column) || LAST_MODIFIED.equals(column);
    }

    /** The columns a client writes: every column except the server-set timestamps. */
    public List<ColumnDef> clientColumns() {
        List<ColumnDef> result = new ArrayList<>();
        for (ColumnDef c : columns.values()) {
            if (!isServerSet(c.name())) result.add(c);
        }
        return result;
    }

    @Override
    public String toString() {
        return "TableDef[" + name + "]";
    }
}

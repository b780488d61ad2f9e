package mcfpipe.jobpipe.etl;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import mcfpipe.storage.schema.ColumnDef;
import mcfpipe.storage.schema.TableDef;

/**
 * The SQLite copy of one DynamoDB table: the same name, the columns of db_schema.json in their order, and
 * the same key. Built from the schema, so a new column in the data model reaches the analysis file by
 * itself (a changed schema makes the next run a full rebuild, see {@link Fingerprint}).
 */
final class MirrorTable {
    private final TableDef def;
    private final List<ColumnDef> columns;

    MirrorTable(TableDef def) {
        this.def = def;
        this.columns = List.copyOf(def.columns().values());
    }

    String name() {
        return def.name();
    }

    List<String> keyColumns() {
        return def.keyColumns();
    }

    String createSql() {
        List<String> parts = new ArrayList<>();
        for (ColumnDef c : columns) {
            parts.add(quote(c.name()) + " " + SqlValues.sqlType(c.type()) + (c.nullable() ? "" : " NOT NULL"));
        }
        parts.add("PRIMARY KEY (" + quoted(keyColumns()) + ")");
        return "CREATE TABLE " + quote(name()) + " (\n  " + String.join(",\n  ", parts) + "\n)";
    }

    String upsertSql() {
        List<String> names = columns.stream().map(ColumnDef::name).toList();
        return "INSERT OR REPLACE INTO " + quote(name()) + " (" + quoted(names) + ") VALUES ("
                + String.join(", ", Collections.nCopies(names.size(), "?")) + ")";
    }

    /** Binds every column of an item read from DynamoDB; a missing attribute becomes NULL. */
    void bindRow(PreparedStatement statement, ObjectNode item) throws SQLException {
        for (int i = 0; i < columns.size(); i++) {
            ColumnDef c = columns.get(i);
            SqlValues.bind(statement, i + 1, c.type(), item.get(c.name()));
        }
    }

    /** Binds only the key columns, in {@link #keyColumns()} order. */
    void bindKey(PreparedStatement statement, ObjectNode item) throws SQLException {
        List<String> keys = keyColumns();
        for (int i = 0; i < keys.size(); i++) {
            SqlValues.bind(statement, i + 1, def.column(keys.get(i)).type(), item.get(keys.get(i)));
        }
    }

    String keyColumnsDdl() {
        List<String> parts = new ArrayList<>();
        for (String k : keyColumns()) parts.add(quote(k) + " " + SqlValues.sqlType(def.column(k).type()));
        return String.join(", ", parts);
    }

    static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    static String quoted(List<String> identifiers) {
        return String.join(", ", identifiers.stream().map(MirrorTable::quote).toList());
    }
}

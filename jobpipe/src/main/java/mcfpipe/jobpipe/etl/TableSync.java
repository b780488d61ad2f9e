package mcfpipe.jobpipe.etl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import mcfpipe.storage.schema.TableDef;
import mcfpipe.storage.store.Page;
import mcfpipe.storage.store.TableStore;

/**
 * Brings the SQLite copy of one DynamoDB table up to date with a paginated scan. Items whose
 * {@code last_modified} is later than {@code after} (see {@link Watermark}) are upserted; on an incremental run every key the scan
 * returns is also noted, so rows whose item was deleted in DynamoDB are removed from the copy afterwards.
 * The notes go to a temporary SQLite table, not the heap, so memory stays flat however large the table.
 */
final class TableSync {
    private final TableStore store;
    private final Connection db;
    private final MirrorTable table;
    private final int pageSize;

    TableSync(TableStore store, Connection db, MirrorTable table, int pageSize) {
        this.store = store;
        this.db = db;
        this.table = table;
        this.pageSize = pageSize;
    }

    /**
     * @param after         ISO_TIMESTAMP after which items count as changed; null upserts everything
     * @param removeMissing whether to delete rows whose key the scan did not return (pointless on an empty copy)
     */
    SyncStats sync(String after, boolean removeMissing) throws SQLException {
        String seen = "seen_" + table.name();
        if (removeMissing) {
            try (Statement s = db.createStatement()) {
                s.execute("CREATE TEMP TABLE " + seen + " (" + table.keyColumnsDdl() + ", PRIMARY KEY ("
                        + MirrorTable.quoted(table.keyColumns()) + ")) WITHOUT ROWID");
            }
        }
        long scanned = 0;
        long upserted = 0;
        String newest = null;
        try (PreparedStatement upsert = db.prepareStatement(table.upsertSql());
             PreparedStatement note = removeMissing ? db.prepareStatement("INSERT OR IGNORE INTO temp." + seen + " VALUES ("
                     + String.join(", ", java.util.Collections.nCopies(table.keyColumns().size(), "?")) + ")") : null) {
            String next = null;
            do {
                Page page = store.scan(table.name(), pageSize, next);
                for (ObjectNode item : page.items()) {
                    scanned++;
                    if (note != null) {
                        table.bindKey(note, item);
                        note.addBatch();
                    }
                    String modified = text(item.get(TableDef.LAST_MODIFIED));
                    if (modified != null && (newest == null || modified.compareTo(newest) > 0)) newest = modified;
                    // ISO_TIMESTAMP text sorts in time order, so a string comparison is a time comparison.
                    if (after == null || modified == null || modified.compareTo(after) > 0) {
                        table.bindRow(upsert, item);
                        upsert.addBatch();
                        upserted++;
                    }
                }
                upsert.executeBatch();
                if (note != null) note.executeBatch();
                next = page.next();
            } while (next != null);
        }
        long deleted = 0;
        if (removeMissing) {
            deleted = deleteMissing(seen);
            try (Statement s = db.createStatement()) {
                s.execute("DROP TABLE temp." + seen);
            }
        }
        return new SyncStats(table.name(), scanned, upserted, deleted, newest);
    }

    private long deleteMissing(String seen) throws SQLException {
        StringBuilder match = new StringBuilder();
        for (String k : table.keyColumns()) {
            if (match.length() > 0) match.append(" AND ");
            match.append("s.").append(MirrorTable.quote(k)).append(" = t.").append(MirrorTable.quote(k));
        }
        try (Statement s = db.createStatement()) {
            return s.executeUpdate("DELETE FROM " + MirrorTable.quote(table.name()) + " AS t WHERE NOT EXISTS (SELECT 1 FROM temp."
                    + seen + " AS s WHERE " + match + ")");
        }
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }
}

package mcfpipe.jobdb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import mcfpipe.storage.schema.DataType;
import mcfpipe.storage.schema.TableDef;
import mcfpipe.storage.store.ItemKey;
import mcfpipe.storage.store.Page;
import mcfpipe.storage.store.TableStore;
import mcfpipe.storage.validate.ValidationException;

/** Turns a path id (and, for tables with a sort key, the sort key from the query) into the item's key. */
final class Keys {
    private Keys() {}

    /**
     * The key an item route names. With a sort key given, that item; without one on a sort-key table, the one
     * item the partition key names (404 if none, 400 sort_key_required if several).
     */
    static ItemKey resolve(TableStore store, TableDef table, String id, ApiRequest request) {
        Optional<String> sortKey = table.sortKey();
        if (sortKey.isEmpty()) return ItemKey.of(id);
        String sort = request.query().get(sortKey.get());
        if (sort != null) return ItemKey.of(id, sort);
        Page page = store.query(table.name(), null, id, null, 2, null);
        List<ObjectNode> items = page.items();
        if (items.isEmpty()) throw notFound(table, id);
        if (items.size() > 1 || page.next() != null) {
            throw new ApiException(400, "sort_key_required", table.name() + " '" + id + "' names several items: add ?"
                    + sortKey.get() + "=<value> to choose one", sortKey.get());
        }
        return ItemKey.fromRecord(table, items.get(0));
    }

    /** A key from a delete list: a bare id string, or an object holding the key columns. */
    static ItemKey fromJson(TableDef table, JsonNode entry) {
        if (entry.isTextual()) {
            if (table.sortKey().isPresent()) {
                throw new ApiException(400, "sort_key_required", "table '" + table.name() + "' has a sort key: give {\""
                        + table.primaryKey() + "\": .., \"" + table.sortKey().get() + "\": ..} instead of a bare id",
                        table.sortKey().get());
            }
            return ItemKey.of(entry.asText());
        }
        if (entry.isObject()) {
            checkKeyObject(table, entry);
            return ItemKey.fromRecord(table, entry);
        }
        throw new ApiException(400, "bad_key", "each entry must be an id string or a key object, not "
                + RequestBodies.kind(entry), "ids");
    }

    /** The segments after /{table}/ that name a route; an item with one of these ids could never be read back. */
    static final java.util.Set<String> ROUTE_NAMES = java.util.Set.of("batch", "search", "delete");

    /** Refuses a new item whose partition key is a route name, before it is written. */
    static void checkNotRouteName(TableDef table, JsonNode record) {
        JsonNode id = record.get(table.primaryKey());
        if (id != null && id.isTextual() && ROUTE_NAMES.contains(id.textValue())) {
            throw new ApiException(400, "reserved_id", table.primaryKey() + " '" + id.textValue() + "' is the name of a route (/"
                    + table.name() + "/" + id.textValue() + "), so the item could not be read back; choose another id", table.primaryKey());
        }
    }

    /** A key object holds the key columns only, each of its column's type, as an item would. */
    private static void checkKeyObject(TableDef table, JsonNode entry) {
        for (java.util.Iterator<String> it = entry.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!table.keyColumns().contains(field)) {
                throw new ApiException(400, ValidationException.UNKNOWN_COLUMN, "'" + field + "' is not a key column of table '"
                        + table.name() + "'; a key object holds only " + String.join(" and ", table.keyColumns()), field);
            }
            JsonNode value = entry.get(field);
            if (value.isNull()) continue; // reported as a missing key by the store
            DataType type = table.column(field).type();
            boolean fits = type == DataType.NUMBER ? value.isNumber() : type == DataType.STRING && value.isTextual();
            if (!fits) {
                throw new ApiException(400, ValidationException.TYPE, "key field '" + field + "' has the wrong type: expected "
                        + type.schemaName() + ", got " + RequestBodies.kind(value), field);
            }
        }
    }

    static ApiException notFound(TableDef table, String id) {
        return new ApiException(404, "not_found", table.name() + " '" + id + "' does not exist", table.primaryKey());
    }
}

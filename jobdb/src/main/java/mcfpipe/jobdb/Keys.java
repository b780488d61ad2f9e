package mcfpipe.jobdb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import mcfpipe.storage.schema.TableDef;
import mcfpipe.storage.store.ItemKey;
import mcfpipe.storage.store.Page;
import mcfpipe.storage.store.TableStore;

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
        if (entry.isObject()) return ItemKey.fromRecord(table, entry);
        throw new ApiException(400, "bad_key", "each entry must be an id string or a key object, not "
                + RequestBodies.kind(entry), "ids");
    }

    static ApiException notFound(TableDef table, String id) {
        return new ApiException(404, "not_found", table.name() + " '" + id + "' does not exist", table.primaryKey());
    }
}

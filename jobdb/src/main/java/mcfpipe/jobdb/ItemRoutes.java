package mcfpipe.jobdb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import mcfpipe.storage.Json;
import mcfpipe.storage.schema.Schema;
import mcfpipe.storage.schema.TableDef;
import mcfpipe.storage.store.ItemKey;
import mcfpipe.storage.store.TableStore;
import mcfpipe.storage.validate.RecordValidator;
import mcfpipe.storage.validate.TextValues;

/** The single-item routes: GET, PUT and DELETE /{table}/{id}, and POST /{table}. */
final class ItemRoutes {
    private final TableStore store;
    private final Schema schema;
    private final IdGenerator ids;

    ItemRoutes(TableStore store, Schema schema, IdGenerator ids) {
        this.store = store;
        this.schema = schema;
        this.ids = ids;
    }

    ApiResponse get(ApiRequest request) {
        TableDef table = schema.table(request.segment(0));
        ItemKey key = Keys.resolve(store, table, request.segment(1), request);
        ObjectNode item = store.get(table.name(), key).orElseThrow(() -> Keys.notFound(table, request.segment(1)));
        return ApiResponse.of(200, item);
    }

    /** Creates one item; without a partition key the API makes a unique one. 409 if the key exists. */
    ApiResponse create(ApiRequest request) {
        TableDef table = schema.table(request.segment(0));
        ObjectNode record = RequestBodies.object(request);
        if (record.get(table.primaryKey()) == null || record.get(table.primaryKey()).isNull()) {
            record.put(table.primaryKey(), ids.next());
        }
        Keys.checkNotRouteName(table, record);
        ObjectNode stored = store.create(table.name(), record);
        return ApiResponse.of(201, idsAndItem(table, stored));
    }

    /** Replaces an existing item (404 if none); the store keeps its created time. */
    ApiResponse replace(ApiRequest request) {
        TableDef table = schema.table(request.segment(0));
        String id = request.segment(1);
        ObjectNode record = RequestBodies.object(request);
        matchKey(table, record, table.primaryKey(), id);
        if (table.sortKey().isPresent()) {
            String sk = table.sortKey().get();
            String fromQuery = request.query().get(sk);
            if (fromQuery != null) matchKey(table, record, sk, fromQuery);
        }
        ObjectNode stored = store.replace(table.name(), record);
        return ApiResponse.of(200, idsAndItem(table, stored));
    }

    ApiResponse delete(ApiRequest request) {
        TableDef table = schema.table(request.segment(0));
        String id = request.segment(1);
        ItemKey key = Keys.resolve(store, table, id, request);
        if (!store.delete(table.name(), key)) throw Keys.notFound(table, id);
        ObjectNode body = Json.mapper().createObjectNode();
        body.put("status", 1);
        body.putArray("ids").add(id);
        return ApiResponse.of(200, body);
    }

    /** The path names the item: a body may leave the key out, but may not name another. */
    private static void matchKey(TableDef table, ObjectNode record, String column, String pathValue) {
        JsonNode given = record.get(column);
        if (given == null || given.isNull()) {
            record.put(column, pathValue);
            return;
        }
        // the body's value must first be a value of the column (a number for a String key is a type error, not a mismatch)
        String value = TextValues.keyText(RecordValidator.validateValue(table, column, given));
        if (!value.equals(pathValue)) {
            throw new ApiException(400, "key_mismatch", "field '" + column + "' is '" + value + "' in the body but '"
                    + pathValue + "' in the path of " + table.name(), column);
        }
    }

    static ObjectNode idsAndItem(TableDef table, ObjectNode stored) {
        ObjectNode body = Json.mapper().createObjectNode();
        body.putArray("ids").add(stored.get(table.primaryKey()).asText());
        body.set("item", stored);
        return body;
    }
}

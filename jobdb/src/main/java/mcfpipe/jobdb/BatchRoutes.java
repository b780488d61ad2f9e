package mcfpipe.jobdb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import mcfpipe.storage.Json;
import mcfpipe.storage.schema.Schema;
import mcfpipe.storage.schema.TableDef;
import mcfpipe.storage.store.BatchResult;
import mcfpipe.storage.store.ItemKey;
import mcfpipe.storage.store.TableStore;
import mcfpipe.storage.validate.TextValues;

/**
 * POST /{table}/batch (create or replace many) and POST /{table}/delete (delete many). Each answers per item:
 * a bad item is reported and not written, the others are.
 */
final class BatchRoutes {
    static final int MAX_ITEMS = 1000;

    private final TableStore store;
    private final Schema schema;
    private final IdGenerator ids;

    BatchRoutes(TableStore store, Schema schema, IdGenerator ids) {
        this.store = store;
        this.schema = schema;
        this.ids = ids;
    }

    ApiResponse put(ApiRequest request) {
        TableDef table = schema.table(request.segment(0));
        List<JsonNode> entries = entries(RequestBodies.json(request), "items");
        ArrayNode results = Json.mapper().createArrayNode();
        List<ObjectNode> records = new ArrayList<>();
        Map<Integer, Integer> recordToEntry = new HashMap<>();
        ObjectNode[] byEntry = new ObjectNode[entries.size()];
        for (int i = 0; i < entries.size(); i++) {
            JsonNode e = entries.get(i);
            if (!e.isObject()) {
                byEntry[i] = failed(i, null, "not_an_object", "item " + i + " must be a JSON object, not " + RequestBodies.kind(e), null);
                continue;
            }
            ObjectNode record = ((ObjectNode) e).deepCopy();
            if (record.get(table.primaryKey()) == null || record.get(table.primaryKey()).isNull()) {
                record.put(table.primaryKey(), ids.next());
            }
            try {
                Keys.checkNotRouteName(table, record);
            } catch (ApiException reserved) {
                byEntry[i] = failed(i, record.get(table.primaryKey()).asText(),
                        reserved.code(), reserved.getMessage(), reserved.field());
                continue;
            }
            recordToEntry.put(records.size(), i);
            records.add(record);
        }
        BatchResult result = records.isEmpty() ? new BatchResult(List.of()) : store.batchPut(table.name(), records);
        ArrayNode written = Json.mapper().createArrayNode();
        for (BatchResult.Entry r : result.entries()) {
            int i = recordToEntry.get(r.index());
            String id = idOf(table, records.get(r.index()));
            if (r.ok()) {
                byEntry[i] = ok(i, id, "written");
                written.add(id);
            } else {
                byEntry[i] = failed(i, id, r.error().code(), r.error().getMessage(), r.error().field());
            }
        }
        for (ObjectNode n : byEntry) results.add(n);
        ObjectNode body = summary(results);
        body.set("ids", written);
        return ApiResponse.of(200, body);
    }

    ApiResponse delete(ApiRequest request) {
        TableDef table = schema.table(request.segment(0));
        List<JsonNode> entries = entries(RequestBodies.json(request), "ids");
        List<ItemKey> keys = new ArrayList<>();
        Map<Integer, Integer> keyToEntry = new HashMap<>();
        ObjectNode[] byEntry = new ObjectNode[entries.size()];
        for (int i = 0; i < entries.size(); i++) {
            try {
                ItemKey k = Keys.fromJson(table, entries.get(i));
                keyToEntry.put(keys.size(), i);
                keys.add(k);
            } catch (ApiException e) {
                byEntry[i] = failed(i, null, e.code(), e.getMessage(), e.field());
                byEntry[i].put("deleted", false);
            } catch (mcfpipe.storage.validate.StorageException e) {
                byEntry[i] = failed(i, null, e.code(), e.getMessage(), e.field());
                byEntry[i].put("deleted", false);
            }
        }
        BatchResult result = keys.isEmpty() ? new BatchResult(List.of()) : store.batchDelete(table.name(), keys);
        for (BatchResult.Entry r : result.entries()) {
            int i = keyToEntry.get(r.index());
            String id = keys.get(r.index()).partition();
            if (r.ok()) {
                ObjectNode n = ok(i, id, "deleted");
                n.put("deleted", true);
                byEntry[i] = n;
            } else {
                byEntry[i] = failed(i, id, r.error().code(), r.error().getMessage(), r.error().field());
                byEntry[i].put("deleted", false);
            }
        }
        ArrayNode results = Json.mapper().createArrayNode();
        for (ObjectNode n : byEntry) results.add(n);
        return ApiResponse.of(200, summary(results));
    }

    /** The list in the body: a bare array, or an object holding it under {@code field}. */
    private static List<JsonNode> entries(JsonNode body, String field) {
        JsonNode list = body.isObject() ? body.get(field) : body;
        if (list == null || !list.isArray()) {
            throw new ApiException(400, "bad_batch", "body must be a JSON array, or an object with an array '" + field + "'", field);
        }
        if (list.isEmpty()) throw new ApiException(400, "empty_batch", "the list '" + field + "' is empty", field);
        if (list.size() > MAX_ITEMS) {
            throw new ApiException(400, "too_many_items", "at most " + MAX_ITEMS + " entries per call, got " + list.size(), field);
        }
        List<JsonNode> out = new ArrayList<>(list.size());
        list.forEach(out::add);
        return out;
    }

    private static String idOf(TableDef table, ObjectNode record) {
        JsonNode id = record.get(table.primaryKey());
        return TextValues.keyText(id);
    }

    private static ObjectNode ok(int index, String id, String status) {
        ObjectNode n = Json.mapper().createObjectNode();
        n.put("index", index);
        n.put("id", id);
        n.put("status", status);
        return n;
    }

    private static ObjectNode failed(int index, String id, String code, String message, String field) {
        ObjectNode n = Json.mapper().createObjectNode();
        n.put("index", index);
        if (id == null) n.putNull("id");
        else n.put("id", id);
        n.put("status", "failed");
        ObjectNode error = n.putObject("error");
        error.put("code", code);
        error.put("message", message);
        if (field == null) error.putNull("field");
        else error.put("field", field);
        return n;
    }

    private static ObjectNode summary(ArrayNode results) {
        int failed = 0;
        for (JsonNode r : results) if ("failed".equals(r.get("status").asText())) failed++;
        ObjectNode body = Json.mapper().createObjectNode();
        body.put("status", failed == 0 ? 1 : 0);
        body.put("succeeded", results.size() - failed);
        body.put("failed", failed);
        body.set("results", results);
        return body;
    }
}

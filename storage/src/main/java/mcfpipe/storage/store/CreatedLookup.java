package mcfpipe.storage.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import mcfpipe.storage.schema.TableDef;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;

/**
 * Reads the {@code created} value of items about to be replaced by a batch (BatchWriteItem replaces whole
 * items, so without this a re-written item would get a new creation time), and which of the keys about to be
 * deleted name an item at all (BatchWriteItem deletes say nothing of that). BatchGetItem in chunks of 100,
 * unprocessed keys retried with backoff.
 */
final class CreatedLookup {
    static final int CHUNK = 100;

    /** Existing creation times by key, the keys of every item that exists, and the keys DynamoDB never answered for. */
    record Result(Map<Map<String, AttributeValue>, String> created, Set<Map<String, AttributeValue>> found,
                  Set<Map<String, AttributeValue>> unresolved) {}

    private final DynamoDbClient client;
    private final Retries retries;

    CreatedLookup(DynamoDbClient client, Retries retries) {
        this.client = client;
        this.retries = retries;
    }

    Result find(String tableName, TableDef table, List<Map<String, AttributeValue>> keys) {
        Map<Map<String, AttributeValue>, String> created = new HashMap<>();
        Set<Map<String, AttributeValue>> found = new HashSet<>();
        Set<Map<String, AttributeValue>> unresolved = new HashSet<>();
        Expressions e = new Expressions();
        List<String> projected = new ArrayList<>();
        for (String c : table.keyColumns()) projected.add(e.name(c));
        projected.add(e.name(TableDef.CREATED));
        String projection = String.join(", ", projected);
        for (int from = 0; from < keys.size(); from += CHUNK) {
            List<Map<String, AttributeValue>> pending = keys.subList(from, Math.min(keys.size(), from + CHUNK));
            for (int attempt = 1; !pending.isEmpty(); attempt++) {
                KeysAndAttributes request = KeysAndAttributes.builder().keys(pending).projectionExpression(projection)
                        .expressionAttributeNames(e.names()).consistentRead(true).build();
                BatchGetItemResponse response = client.batchGetItem(r -> r.requestItems(Map.of(tableName, request)));
                for (Map<String, AttributeValue> item : response.responses().getOrDefault(tableName, List.of())) {
                    found.add(keyOf(item, table));
                    AttributeValue c = item.get(TableDef.CREATED);
                    if (c != null && c.s() != null) created.put(keyOf(item, table), c.s());
                }
                KeysAndAttributes left = response.hasUnprocessedKeys() ? response.unprocessedKeys().get(tableName) : null;
                pending = left == null ? List.of() : left.keys();
                if (!pending.isEmpty() && !retries.awaitNext(attempt)) {
                    for (Map<String, AttributeValue> k : pending) unresolved.add(keyOf(k, table));
                    break;
                }
            }
        }
        return new Result(created, found, unresolved);
    }

    private static Map<String, AttributeValue> keyOf(Map<String, AttributeValue> item, TableDef table) {
        Map<String, AttributeValue> key = new LinkedHashMap<>();
        for (String c : table.keyColumns()) key.put(c, item.get(c));
        return key;
    }
}

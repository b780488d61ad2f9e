package mcfpipe.storage.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Sends write requests with BatchWriteItem in chunks of 25 (DynamoDB's maximum) and re-sends what
 * DynamoDB leaves unprocessed, with backoff, until the attempts run out.
 */
final class BatchWriter {
    static final int CHUNK = 25;

    private final DynamoDbClient client;
    private final Retries retries;

    BatchWriter(DynamoDbClient client, Retries retries) {
        this.client = client;
        this.retries = retries;
    }

    /**
     * Writes every request (keyed by the item's key, which identifies an unprocessed request coming back)
     * and returns the keys still unprocessed after the last attempt.
     */
    Set<Map<String, AttributeValue>> write(String tableName, List<String> keyColumns, Map<Map<String, AttributeValue>, WriteRequest> requests) {
        Set<Map<String, AttributeValue>> failed = new HashSet<>();
        List<WriteRequest> all = new ArrayList<>(requests.values());
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<WriteRequest> pending = all.subList(from, Math.min(all.size(), from + CHUNK));
            for (int attempt = 1; !pending.isEmpty(); attempt++) {
                List<WriteRequest> batch = pending;
                BatchWriteItemResponse response = client.batchWriteItem(r -> r.requestItems(Map.of(tableName, batch)));
                pending = response.hasUnprocessedItems() ? response.unprocessedItems().getOrDefault(tableName, List.of()) : List.of();
                if (!pending.isEmpty() && !retries.awaitNext(attempt)) {
                    for (WriteRequest w : pending) failed.add(keyOf(w, keyColumns));
                    break;
                }
            }
        }
        return failed;
    }

    private static Map<String, AttributeValue> keyOf(WriteRequest request, List<String> keyColumns) {
        Map<String, AttributeValue> source = request.putRequest() != null ? request.putRequest().item() : request.deleteRequest().key();
        Map<String, AttributeValue> key = new LinkedHashMap<>();
        for (String c : keyColumns) key.put(c, source.get(c));
        return key;
    }
}

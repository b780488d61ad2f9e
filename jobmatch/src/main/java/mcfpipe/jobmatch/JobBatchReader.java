package mcfpipe.jobmatch;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import mcfpipe.storage.item.ItemCodec;
import mcfpipe.storage.store.TableStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;

/**
 * Reads many {@code job} items with BatchGetItem, 100 keys a request, retrying the keys DynamoDB leaves
 * unprocessed. The table store has no batch read, so this goes to the client, with the store's table name and
 * the schema's codec, so rows come back exactly as the store's own reads return them.
 */
final class JobBatchReader {
    static final int KEYS_PER_REQUEST = 100;
    private static final int MAX_ATTEMPTS = 8;

    private final DynamoDbClient client;
    private final String tableName;
    private final ItemCodec codec;

    JobBatchReader(DynamoDbClient client, TableStore store) {
        this.client = client;
        this.tableName = store.physicalName("job");
        this.codec = new ItemCodec(store.schema().table("job"));
    }

    /** The jobs found, by job id; ids without an item are left out. */
    Map<String, ObjectNode> read(Collection<String> jobIds) {
        Map<String, ObjectNode> jobs = new HashMap<>();
        List<String> ids = new ArrayList<>(new LinkedHashSet<>(jobIds));
        for (int from = 0; from < ids.size(); from += KEYS_PER_REQUEST) {
            List<Map<String, AttributeValue>> keys = new ArrayList<>();
            for (String id : ids.subList(from, Math.min(ids.size(), from + KEYS_PER_REQUEST))) {
                keys.add(Map.of("job_id", AttributeValue.fromS(id)));
            }
            readChunk(keys, jobs);
        }
        return jobs;
    }

    private void readChunk(List<Map<String, AttributeValue>> keys, Map<String, ObjectNode> into) {
        Map<String, KeysAndAttributes> request = Map.of(tableName, KeysAndAttributes.builder().keys(keys).build());
        for (int attempt = 1; !request.isEmpty(); attempt++) {
            if (attempt > MAX_ATTEMPTS) {
                throw new IllegalStateException("DynamoDB left " + request.get(tableName).keys().size()
                        + " job keys unprocessed after " + MAX_ATTEMPTS + " attempts; retry later");
            }
            if (attempt > 1) pause(attempt);
            Map<String, KeysAndAttributes> send = request;
            BatchGetItemResponse response = client.batchGetItem(b -> b.requestItems(send));
            for (Map<String, AttributeValue> item : response.responses().getOrDefault(tableName, List.of())) {
                ObjectNode job = codec.fromItem(item);
                into.put(job.get("job_id").asText(), job);
            }
            request = response.hasUnprocessedKeys() ? response.unprocessedKeys() : Map.of();
        }
    }

    /** Exponential backoff from 50 ms, as DynamoDB asks for unprocessed keys. */
    private static void pause(int attempt) {
        try {
            Thread.sleep(Math.min(2000L, 50L << (attempt - 2)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading jobs", e);
        }
    }
}

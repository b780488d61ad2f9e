package mcfpipe.storage.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import mcfpipe.storage.item.ItemCodec;
import mcfpipe.storage.schema.TableDef;
import mcfpipe.storage.validate.RecordValidator;
import mcfpipe.storage.validate.NotFoundException;
import mcfpipe.storage.validate.StorageException;
import mcfpipe.storage.validate.ThrottledException;
import mcfpipe.storage.validate.ValidationException;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DeleteRequest;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Batch put and delete with a result per input: each input is checked on its own, so one bad record
 * does not stop the others. Between reading {@code created} and writing there is a short window in which
 * a concurrent first write of the same item could have its creation time replaced by this batch's time.
 */
final class BatchOperations {
    private final Clock clock;
    private final Function<String, String> physicalName;
    private final BatchWriter writer;
    private final CreatedLookup lookup;
    private final int maxAttempts;

    BatchOperations(Clock clock, Function<String, String> physicalName, BatchWriter writer, CreatedLookup lookup, int maxAttempts) {
        this.clock = clock;
        this.physicalName = physicalName;
        this.writer = writer;
        this.lookup = lookup;
        this.maxAttempts = maxAttempts;
    }

    /** One input that passed its checks, waiting to be written. */
    private record Accepted(int index, ItemKey key, Map<String, AttributeValue> dynamoKey, ObjectNode record) {}

    BatchResult put(TableDef table, List<ObjectNode> records) {
        ItemCodec codec = new ItemCodec(table);
        BatchResult.Entry[] entries = new BatchResult.Entry[records.size()];
        Map<Map<String, AttributeValue>, Accepted> accepted = new LinkedHashMap<>();
        for (int i = 0; i < records.size(); i++) {
            ItemKey key = null;
            try {
                ObjectNode record = records.get(i);
                if (record == null) throw new ValidationException(ValidationException.BAD_JSON, null, "record #" + i + " of the batch is missing");
                ObjectNode valid = RecordValidator.validate(table, record, RecordValidator.Mode.FULL);
                key = ItemKey.fromRecord(table, valid);
                Map<String, AttributeValue> dynamoKey = codec.keyOf(valid);
                Accepted earlier = accepted.get(dynamoKey);
                if (earlier != null) throw duplicate(table, key, i, earlier.index());
                accepted.put(dynamoKey, new Accepted(i, key, dynamoKey, valid));
            } catch (StorageException e) {
                entries[i] = new BatchResult.Entry(i, key != null ? key : bestEffortKey(table, records.get(i)), e);
            }
        }
        String tableName = physicalName.apply(table.name());
        CreatedLookup.Result existing = lookup.find(tableName, table, new ArrayList<>(accepted.keySet()));
        String now = Timestamps.now(clock);
        Map<Map<String, AttributeValue>, WriteRequest> requests = new LinkedHashMap<>();
        for (Accepted a : accepted.values()) {
            if (existing.unresolved().contains(a.dynamoKey())) {
                entries[a.index()] = new BatchResult.Entry(a.index(), a.key(), throttled(table, a.key(), "its current creation time could not be read"));
                continue;
            }
            Map<String, AttributeValue> item = codec.toItem(a.record());
            item.put(TableDef.CREATED, AttributeValue.fromS(existing.created().getOrDefault(a.dynamoKey(), now)));
            item.put(TableDef.LAST_MODIFIED, AttributeValue.fromS(now));
            requests.put(a.dynamoKey(), WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build());
        }
        Set<Map<String, AttributeValue>> failed = writer.write(tableName, table.keyColumns(), requests);
        for (Map<String, AttributeValue> dynamoKey : requests.keySet()) {
            Accepted a = accepted.get(dynamoKey);
            entries[a.index()] = new BatchResult.Entry(a.index(), a.key(), failed.contains(dynamoKey)
                    ? throttled(table, a.key(), "DynamoDB left it unprocessed") : null);
        }
        return new BatchResult(Arrays.asList(entries));
    }

    /**
     * Deletes the items that exist; a key that names no item is reported as not found (as a single delete's 404),
     * since BatchWriteItem itself cannot tell. Deleting the same key twice in one batch is harmless, so repeats
     * are sent once and reported alike.
     */
    BatchResult delete(TableDef table, List<ItemKey> keys) {
        ItemCodec codec = new ItemCodec(table);
        BatchResult.Entry[] entries = new BatchResult.Entry[keys.size()];
        Map<Integer, Map<String, AttributeValue>> keyByIndex = new LinkedHashMap<>();
        Set<Map<String, AttributeValue>> distinct = new java.util.LinkedHashSet<>();
        for (int i = 0; i < keys.size(); i++) {
            ItemKey key = keys.get(i);
            try {
                if (key == null) {
                    throw new ValidationException(ValidationException.REQUIRED, table.primaryKey(), "key #" + i + " of the batch is missing");
                }
                Map<String, AttributeValue> dynamoKey = codec.keyOf(key.toRecord(table));
                keyByIndex.put(i, dynamoKey);
                distinct.add(dynamoKey);
            } catch (StorageException e) {
                entries[i] = new BatchResult.Entry(i, key, e);
            }
        }
        String tableName = physicalName.apply(table.name());
        CreatedLookup.Result existing = lookup.find(tableName, table, new ArrayList<>(distinct));
        Map<Map<String, AttributeValue>, WriteRequest> requests = new LinkedHashMap<>();
        for (Map<String, AttributeValue> dynamoKey : distinct) {
            if (existing.found().contains(dynamoKey)) {
                requests.put(dynamoKey, WriteRequest.builder().deleteRequest(DeleteRequest.builder().key(dynamoKey).build()).build());
            }
        }
        Set<Map<String, AttributeValue>> failed = writer.write(tableName, table.keyColumns(), requests);
        keyByIndex.forEach((i, dynamoKey) -> {
            ItemKey key = keys.get(i);
            StorageException error = null;
            if (existing.unresolved().contains(dynamoKey)) {
                error = throttled(table, key, "whether it exists could not be read");
            } else if (!existing.found().contains(dynamoKey)) {
                error = new NotFoundException(table.primaryKey(), "item " + key.describe() + " does not exist in table '" + table.name() + "'");
            } else if (failed.contains(dynamoKey)) {
                error = throttled(table, key, "DynamoDB left it unprocessed");
            }
            entries[i] = new BatchResult.Entry(i, key, error);
        });
        return new BatchResult(Arrays.asList(entries));
    }

    private static ItemKey bestEffortKey(TableDef table, ObjectNode record) {
        if (record == null || !record.hasNonNull(table.primaryKey())) return null;
        return ItemKey.fromRecord(table, record);
    }

    private static ValidationException duplicate(TableDef table, ItemKey key, int index, int earlier) {
        return new ValidationException(ValidationException.DUPLICATE_KEY, table.primaryKey(), "record #" + index
                + " repeats the key " + key.describe() + " of record #" + earlier + " in the same batch for table '" + table.name() + "'");
    }

    private ThrottledException throttled(TableDef table, ItemKey key, String why) {
        return new ThrottledException(table.primaryKey(), "item " + key.describe() + " in table '" + table.name()
                + "' was not written: " + why + " after " + maxAttempts + " attempts; retry later");
    }
}

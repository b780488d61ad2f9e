package mcfpipe.storage.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import mcfpipe.storage.item.ItemCodec;
import mcfpipe.storage.schema.ColumnDef;
import mcfpipe.storage.schema.TableDef;
import mcfpipe.storage.validate.ConflictException;
import mcfpipe.storage.validate.NotFoundException;
import mcfpipe.storage.validate.RecordValidator;
import mcfpipe.storage.validate.StorageException;
import mcfpipe.storage.validate.ValidationException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/** Single-item writes: create, put (create or replace, optionally conditional), update, delete. */
final class ItemWriter {
    private final DynamoDbClient client;
    private final Clock clock;
    private final Function<String, String> physicalName;

    ItemWriter(DynamoDbClient client, Clock clock, Function<String, String> physicalName) {
        this.client = client;
        this.clock = clock;
        this.physicalName = physicalName;
    }

    ObjectNode create(TableDef table, ObjectNode record) {
        ObjectNode valid = RecordValidator.validate(table, record, RecordValidator.Mode.FULL);
        ItemCodec codec = new ItemCodec(table);
        Map<String, AttributeValue> item = codec.toItem(valid);
        AttributeValue now = AttributeValue.fromS(Timestamps.now(clock));
        item.put(TableDef.CREATED, now);
        item.put(TableDef.LAST_MODIFIED, now);
        Expressions e = new Expressions();
        String condition = Condition.itemAbsent().render(e, codec);
        try {
            client.putItem(r -> r.tableName(physicalName.apply(table.name())).item(item)
                    .conditionExpression(condition).expressionAttributeNames(e.names()));
        } catch (ConditionalCheckFailedException ex) {
            throw new ConflictException(table.primaryKey(), "item " + ItemKey.fromRecord(table, valid).describe()
                    + " already exists in table '" + table.name() + "'");
        } catch (DynamoDbException ex) {
            throw tooLargeOr(ex, table);
        }
        return codec.fromItem(item);
    }

    /**
     * Creates or replaces in one UpdateItem: SETs every given column, keeps {@code created} when the item
     * exists ({@code if_not_exists}), and REMOVEs schema columns the record leaves out, so a replace is
     * atomic and never loses the creation time. {@code condition} may be null; {@code onFailure} names
     * the error when it does not hold.
     */
    ObjectNode put(TableDef table, ObjectNode record, Condition condition, Function<ItemKey, StorageException> onFailure) {
        ObjectNode valid = RecordValidator.validate(table, record, RecordValidator.Mode.FULL);
        ItemCodec codec = new ItemCodec(table);
        Expressions e = new Expressions();
        List<String> sets = new ArrayList<>();
        List<String> removes = new ArrayList<>();
        for (ColumnDef c : table.clientColumns()) {
            if (table.keyColumns().contains(c.name())) continue;
            JsonNode value = valid.get(c.name());
            if (value != null) sets.add(e.name(c.name()) + " = " + e.value(codec.toAttribute(c.name(), value)));
            else removes.add(e.name(c.name()));
        }
        String now = e.value(AttributeValue.fromS(Timestamps.now(clock)));
        String created = e.name(TableDef.CREATED);
        sets.add(created + " = if_not_exists(" + created + ", " + now + ")");
        sets.add(e.name(TableDef.LAST_MODIFIED) + " = " + now);
        String update = "SET " + String.join(", ", sets) + (removes.isEmpty() ? "" : " REMOVE " + String.join(", ", removes));
        String conditionExpression = condition == null ? null : condition.render(e, codec);
        return send(table, codec, UpdateItemRequest.builder()
                .tableName(physicalName.apply(table.name()))
                .key(codec.keyOf(valid))
                .updateExpression(update)
                .conditionExpression(conditionExpression)
                .expressionAttributeNames(e.names())
                .expressionAttributeValues(e.values())
                .returnValues(ReturnValue.ALL_NEW)
                .build(), () -> onFailure.apply(ItemKey.fromRecord(table, valid)));
    }

    /** SETs the given fields, REMOVEs those given as null, touches last_modified; the item must exist. */
    ObjectNode update(TableDef table, ItemKey key, ObjectNode changes) {
        if (changes == null) {
            throw new ValidationException(ValidationException.BAD_JSON, null, "changes for item " + key.describe()
                    + " in table '" + table.name() + "' are missing");
        }
        ObjectNode keyRecord = key.toRecord(table);
        ObjectNode merged = changes.deepCopy();
        for (String column : table.keyColumns()) {
            JsonNode given = changes.get(column);
            if (given != null && !RecordValidator.validateValue(table, column, given).equals(keyRecord.get(column))) {
                throw new ValidationException(ValidationException.KEY_MISMATCH, column, "field '" + column + "' in table '"
                        + table.name() + "' is part of the key and cannot change: the item is " + key.describe()
                        + " but the changes give '" + given.asText() + "'");
            }
            merged.set(column, keyRecord.get(column));
        }
        ObjectNode valid = RecordValidator.validate(table, merged, RecordValidator.Mode.PARTIAL);
        ItemCodec codec = new ItemCodec(table);
        Expressions e = new Expressions();
        List<String> sets = new ArrayList<>();
        List<String> removes = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = valid.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (table.keyColumns().contains(field.getKey())) continue;
            if (field.getValue().isNull()) removes.add(e.name(field.getKey()));
            else sets.add(e.name(field.getKey()) + " = " + e.value(codec.toAttribute(field.getKey(), field.getValue())));
        }
        sets.add(e.name(TableDef.LAST_MODIFIED) + " = " + e.value(AttributeValue.fromS(Timestamps.now(clock))));
        String update = "SET " + String.join(", ", sets) + (removes.isEmpty() ? "" : " REMOVE " + String.join(", ", removes));
        String condition = Condition.itemExists().render(e, codec);
        return send(table, codec, UpdateItemRequest.builder()
                .tableName(physicalName.apply(table.name()))
                .key(codec.keyOf(valid))
                .updateExpression(update)
                .conditionExpression(condition)
                .expressionAttributeNames(e.names())
                .expressionAttributeValues(e.values())
                .returnValues(ReturnValue.ALL_NEW)
                .build(), () -> notFound(table, key));
    }

    boolean delete(TableDef table, ItemKey key) {
        ItemCodec codec = new ItemCodec(table);
        Map<String, AttributeValue> dynamoKey = codec.keyOf(key.toRecord(table));
        DeleteItemResponse response = client.deleteItem(r -> r.tableName(physicalName.apply(table.name()))
                .key(dynamoKey).returnValues(ReturnValue.ALL_OLD));
        return response.hasAttributes() && !response.attributes().isEmpty();
    }

    static NotFoundException notFound(TableDef table, ItemKey key) {
        return new NotFoundException(table.primaryKey(), table.name() + " " + key.describe() + " does not exist");
    }

    private ObjectNode send(TableDef table, ItemCodec codec, UpdateItemRequest request, Supplier<StorageException> onConditionFailed) {
        try {
            return codec.fromItem(client.updateItem(request).attributes());
        } catch (ConditionalCheckFailedException ex) {
            throw onConditionFailed.get();
        } catch (DynamoDbException ex) {
            throw tooLargeOr(ex, table);
        }
    }

    /** An update can outgrow 400 KB only on the server, which knows the rest of the item. */
    private static RuntimeException tooLargeOr(DynamoDbException ex, TableDef table) {
        String message = ex.awsErrorDetails() == null ? null : ex.awsErrorDetails().errorMessage();
        if (message != null && message.toLowerCase().contains("item size")) {
            return new ValidationException(ValidationException.ITEM_TOO_LARGE, null, "item in table '" + table.name()
                    + "' would be too large: DynamoDB allows at most 400 KB (" + message + ")");
        }
        return ex;
    }
}

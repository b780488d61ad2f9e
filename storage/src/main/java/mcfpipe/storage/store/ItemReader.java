package mcfpipe.storage.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import mcfpipe.storage.item.ItemCodec;
import mcfpipe.storage.schema.DataType;
import mcfpipe.storage.schema.IndexDef;
import mcfpipe.storage.schema.TableDef;
import mcfpipe.storage.validate.TextValues;
import mcfpipe.storage.validate.ValidationException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

/**
 * Reads: one item by key, and pages of a query or scan. A page asks DynamoDB for one item more than the
 * limit, so the last page is known to be the last and {@code next} is null instead of pointing at an
 * empty page.
 */
final class ItemReader {
    static final int MAX_LIMIT = 1000;

    private final DynamoDbClient client;
    private final Function<String, String> physicalName;

    ItemReader(DynamoDbClient client, Function<String, String> physicalName) {
        this.client = client;
        this.physicalName = physicalName;
    }

    Optional<ObjectNode> get(TableDef table, ItemKey key) {
        ItemCodec codec = new ItemCodec(table);
        Map<String, AttributeValue> dynamoKey = codec.keyOf(key.toRecord(table));
        GetItemResponse response = client.getItem(r -> r.tableName(physicalName.apply(table.name()))
                .key(dynamoKey).consistentRead(true));
        if (!response.hasItem() || response.item().isEmpty()) return Optional.empty();
        return Optional.of(codec.fromItem(response.item()));
    }

    Page query(TableDef table, String indexName, String partitionValue, SortCondition sort, int limit, String nextToken) {
        checkLimit(limit);
        IndexDef index = indexName == null ? null : table.index(indexName).orElseThrow(() ->
                new ValidationException(ValidationException.UNKNOWN_INDEX, "index", "index '" + indexName
                        + "' does not exist on table '" + table.name() + "'"));
        String partitionKey = index == null ? table.primaryKey() : index.partitionKey();
        Optional<String> sortKey = index == null ? table.sortKey() : index.sortKey();
        ItemCodec codec = new ItemCodec(table);
        AttributeValue partition = codec.toAttribute(partitionKey, TextValues.parse(table, partitionKey, partitionValue));
        Expressions e = new Expressions();
        String keyCondition = e.name(partitionKey) + " = " + e.value(partition);
        if (sort != null) {
            String sortColumn = sortKey.orElseThrow(() -> new ValidationException(ValidationException.BAD_QUERY, "sort",
                    (index == null ? "table '" + table.name() + "'" : "index '" + index.name() + "'") + " has no sort key to put a condition on"));
            keyCondition += " AND " + sort.render(e, codec, sortColumn);
        }
        Map<String, DataType> pageKey = pageKeyColumns(table, index);
        // the token is good for this query only: same table, index, partition and sort condition
        String scope = "query\u0000" + table.name() + "\u0000" + (index == null ? "" : index.name())
                + "\u0000" + (partition.s() != null ? partition.s() : partition.n())
                + "\u0000" + (sort == null ? "" : sort.scope());
        QueryRequest.Builder request = QueryRequest.builder()
                .tableName(physicalName.apply(table.name()))
                .keyConditionExpression(keyCondition)
                .expressionAttributeNames(e.names())
                .expressionAttributeValues(e.values())
                .limit(limit + 1)
                .consistentRead(index == null);
        if (index != null) request.indexName(index.name());
        if (nextToken != null) request.exclusiveStartKey(PageToken.decode(scope, nextToken, pageKey));
        QueryResponse response = resuming(nextToken, () -> client.query(request.build()));
        return page(codec, response.items(), response.lastEvaluatedKey(), limit, scope, pageKey);
    }

    Page scan(TableDef table, int limit, String nextToken) {
        checkLimit(limit);
        ItemCodec codec = new ItemCodec(table);
        Map<String, DataType> pageKey = pageKeyColumns(table, null);
        String scope = "scan\u0000" + table.name();
        Map<String, AttributeValue> start = nextToken == null ? null : PageToken.decode(scope, nextToken, pageKey);
        ScanResponse response = resuming(nextToken, () -> client.scan(r -> r.tableName(physicalName.apply(table.name()))
                .limit(limit + 1).consistentRead(true).exclusiveStartKey(start)));
        return page(codec, response.items(), response.lastEvaluatedKey(), limit, scope, pageKey);
    }

    /**
     * Runs a read that may resume from a token. The checksum is not a secret, so a token can be forged with a
     * well-formed key that DynamoDB still refuses (one outside the query's range): that is the token's fault, a 400.
     */
    private static <T> T resuming(String nextToken, Supplier<T> read) {
        try {
            return read.get();
        } catch (DynamoDbException e) {
            if (nextToken == null || e.statusCode() != 400 || e.awsErrorDetails() == null
                    || !"ValidationException".equals(e.awsErrorDetails().errorCode())) throw e;
            throw new ValidationException(ValidationException.BAD_TOKEN, "next",
                    "the next token is invalid: DynamoDB cannot resume from it (" + e.awsErrorDetails().errorMessage() + ")");
        }
    }

    private static Page page(ItemCodec codec, List<Map<String, AttributeValue>> items, Map<String, AttributeValue> lastEvaluated,
                             int limit, String scope, Map<String, DataType> pageKey) {
        List<ObjectNode> records = new ArrayList<>();
        for (int i = 0; i < Math.min(limit, items.size()); i++) records.add(codec.fromItem(items.get(i)));
        String next = null;
        if (items.size() > limit) {
            next = PageToken.encode(scope, only(items.get(limit - 1), pageKey));
        } else if (lastEvaluated != null && !lastEvaluated.isEmpty()) {
            // DynamoDB stopped early (1 MB read limit): resume where it stopped
            next = PageToken.encode(scope, lastEvaluated);
        }
        return new Page(records, next);
    }

    /** The attributes DynamoDB needs to resume, with their types: the table's key plus, on an index, the index's key. */
    private static Map<String, DataType> pageKeyColumns(TableDef table, IndexDef index) {
        Set<String> columns = new LinkedHashSet<>(table.keyColumns());
        if (index != null) {
            columns.add(index.partitionKey());
            index.sortKey().ifPresent(columns::add);
        }
        Map<String, DataType> typed = new LinkedHashMap<>();
        for (String c : columns) typed.put(c, table.column(c).type());
        return typed;
    }

    private static Map<String, AttributeValue> only(Map<String, AttributeValue> item, Map<String, DataType> columns) {
        Map<String, AttributeValue> key = new LinkedHashMap<>();
        for (String c : columns.keySet()) key.put(c, item.get(c));
        return key;
    }

    private static void checkLimit(int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new ValidationException(ValidationException.BAD_LIMIT, "limit", "limit must be between 1 and " + MAX_LIMIT + ", got " + limit);
        }
    }
}

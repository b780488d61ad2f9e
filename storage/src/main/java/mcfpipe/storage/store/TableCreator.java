package mcfpipe.storage.store;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import mcfpipe.storage.schema.IndexDef;
import mcfpipe.storage.schema.TableDef;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.IndexStatus;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

/** Creates the schema's missing tables (on-demand billing, with their indexes) and waits until they are usable. */
final class TableCreator {
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration TIMEOUT = Duration.ofMinutes(10);

    private final DynamoDbClient client;
    private final Sleeper sleeper;
    private final Function<String, String> physicalName;

    TableCreator(DynamoDbClient client, Sleeper sleeper, Function<String, String> physicalName) {
        this.client = client;
        this.sleeper = sleeper;
        this.physicalName = physicalName;
    }

    void createMissing(List<TableDef> tables) {
        List<String> toWaitFor = new ArrayList<>();
        for (TableDef table : tables) {
            String name = physicalName.apply(table.name());
            if (describe(name) == null) {
                try {
                    client.createTable(request(table, name));
                } catch (ResourceInUseException e) {
                    // another process created it between our look and our create: fine, wait for it too
                }
            }
            toWaitFor.add(name);
        }
        for (String name : toWaitFor) awaitActive(name);
    }

    private TableDescription describe(String name) {
        try {
            return client.describeTable(r -> r.tableName(name)).table();
        } catch (ResourceNotFoundException e) {
            return null;
        }
    }

    private CreateTableRequest request(TableDef table, String name) {
        Map<String, AttributeDefinition> attributes = new LinkedHashMap<>();
        for (String column : table.allKeyColumns()) {
            ScalarAttributeType type = switch (table.column(column).type()) {
                case NUMBER -> ScalarAttributeType.N;
                case STRING -> ScalarAttributeType.S;
                default -> throw new IllegalStateException("key column '" + column + "' of table '" + table.name() + "' is not String or Number");
            };
            attributes.put(column, AttributeDefinition.builder().attributeName(column).attributeType(type).build());
        }
        List<GlobalSecondaryIndex> indexes = new ArrayList<>();
        for (IndexDef index : table.indexes()) {
            indexes.add(GlobalSecondaryIndex.builder()
                    .indexName(index.name())
                    .keySchema(keySchema(index.partitionKey(), index.sortKey().orElse(null)))
                    .projection(Projection.builder().projectionType(ProjectionType.fromValue(index.projection())).build())
                    .build());
        }
        CreateTableRequest.Builder builder = CreateTableRequest.builder()
                .tableName(name)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(attributes.values())
                .keySchema(keySchema(table.primaryKey(), table.sortKey().orElse(null)));
        if (!indexes.isEmpty()) builder.globalSecondaryIndexes(indexes);
        return builder.build();
    }

    private static List<KeySchemaElement> keySchema(String partitionKey, String sortKey) {
        List<KeySchemaElement> keys = new ArrayList<>();
        keys.add(KeySchemaElement.builder().attributeName(partitionKey).keyType(KeyType.HASH).build());
        if (sortKey != null) keys.add(KeySchemaElement.builder().attributeName(sortKey).keyType(KeyType.RANGE).build());
        return keys;
    }

    /** Polls instead of using the SDK waiter, which a delegating client (as in tests) does not provide. */
    private void awaitActive(String name) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (true) {
            TableDescription d = describe(name);
            if (d != null && d.tableStatus() == TableStatus.ACTIVE && indexesActive(d)) return;
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("table '" + name + "' did not become ACTIVE within " + TIMEOUT.toMinutes() + " minutes");
            }
            try {
                sleeper.sleep(POLL);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for table '" + name + "' to become ACTIVE", e);
            }
        }
    }

    private static boolean indexesActive(TableDescription d) {
        if (!d.hasGlobalSecondaryIndexes()) return true;
        for (GlobalSecondaryIndexDescription i : d.globalSecondaryIndexes()) {
            if (i.indexStatus() != IndexStatus.ACTIVE) return false;
        }
        return true;
    }
}

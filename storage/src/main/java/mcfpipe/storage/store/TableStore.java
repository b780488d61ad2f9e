package mcfpipe.storage.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import mcfpipe.storage.schema.Schema;
import mcfpipe.storage.schema.TableDef;
import mcfpipe.storage.validate.ConflictException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Schema-enforced reads and writes of the mcfpipe tables over the low-level DynamoDB client. Every
 * record is validated before it is written; {@code created} and {@code last_modified} are set here from
 * the clock (UTC). Physical table names are the prefix plus the logical name, e.g. {@code dev_mcfpipe_job}.
 * Thread-safe if the client is.
 */
public final class TableStore {
    /** Largest page a query or scan may ask for. */
    public static final int MAX_LIMIT = ItemReader.MAX_LIMIT;

    private final Schema schema;
    private final String tablePrefix;
    private final TableCreator creator;
    private final ItemWriter writer;
    private final ItemReader reader;
    private final BatchOperations batches;

    public TableStore(DynamoDbClient client, Schema schema, String tablePrefix, Clock clock) {
        this(client, schema, tablePrefix, clock, Sleeper.REAL);
    }

    public TableStore(DynamoDbClient client, Schema schema, String tablePrefix, Clock clock, Sleeper sleeper) {
        this(client, schema, tablePrefix, clock, sleeper, Backoff.DEFAULT);
    }

    public TableStore(DynamoDbClient client, Schema schema, String tablePrefix, Clock clock, Sleeper sleeper, Backoff backoff) {
        this.schema = schema;
        this.tablePrefix = tablePrefix == null ? "" : tablePrefix;
        Retries retries = new Retries(sleeper, backoff);
        this.creator = new TableCreator(client, sleeper, this::physicalName);
        this.writer = new ItemWriter(client, clock, this::physicalName);
        this.reader = new ItemReader(client, this::physicalName);
        this.batches = new BatchOperations(clock, this::physicalName,
                new BatchWriter(client, retries), new CreatedLookup(client, retries), backoff.maxAttempts());
    }

    public Schema schema() {
        return schema;
    }

    /** The DynamoDB table name of a logical table: prefix + name. */
    public String physicalName(String table) {
        return tablePrefix + table;
    }

    /** Creates every schema table that does not exist yet, with its indexes, and waits until all are ACTIVE. */
    public void createTables() {
        creator.createMissing(schema.tables());
    }

    /** Writes a new item; {@link ConflictException} if its key exists. Returns the stored item. */
    public ObjectNode create(String table, ObjectNode record) {
        return writer.create(schema.table(table), record);
    }

    /** Creates or replaces an item, keeping its original {@code created}. Returns the stored item. */
    public ObjectNode put(String table, ObjectNode record) {
        return writer.put(schema.table(table), record, null, null);
    }

    /** Like {@link #put} but only when {@code condition} holds, else {@link ConflictException}. */
    public ObjectNode putIf(String table, ObjectNode record, Condition condition) {
        TableDef def = schema.table(table);
        return writer.put(def, record, condition, key -> new ConflictException(def.primaryKey(), "item " + key.describe()
                + " in table '" + table + "' was not written: the condition (" + condition + ") does not hold"));
    }

    /** Replaces an existing item; {@link mcfpipe.storage.validate.NotFoundException} if it does not exist. */
    public ObjectNode replace(String table, ObjectNode record) {
        TableDef def = schema.table(table);
        return writer.put(def, record, Condition.itemExists(), key -> ItemWriter.notFound(def, key));
    }

    public Optional<ObjectNode> get(String table, ItemKey key) {
        return reader.get(schema.table(table), key);
    }

    /**
     * Changes the given fields of an existing item (a null removes a nullable field) and returns the
     * whole item after the change; {@link mcfpipe.storage.validate.NotFoundException} if it does not exist.
     */
    public ObjectNode update(String table, ItemKey key, ObjectNode changes) {
        return writer.update(schema.table(table), key, changes);
    }

    /** Deletes an item; true if it existed. */
    public boolean delete(String table, ItemKey key) {
        return writer.delete(schema.table(table), key);
    }

    /**
     * One page of the items whose partition key (of the table, or of {@code indexName} when not null)
     * equals {@code partitionValue}, optionally narrowed by {@code sort}, in sort key order.
     */
    public Page query(String table, String indexName, String partitionValue, SortCondition sort, int limit, String nextToken) {
        return reader.query(schema.table(table), indexName, partitionValue, sort, limit, nextToken);
    }

    /** One page of every item of a table, in no particular order. */
    public Page scan(String table, int limit, String nextToken) {
        return reader.scan(schema.table(table), limit, nextToken);
    }

    /** Creates or replaces many items (keeping existing {@code created}); one result entry per record. */
    public BatchResult batchPut(String table, List<ObjectNode> records) {
        return batches.put(schema.table(table), records);
    }

    /** Deletes many items; one result entry per key (a key that names no item is a not_found error). */
    public BatchResult batchDelete(String table, List<ItemKey> keys) {
        return batches.delete(schema.table(table), keys);
    }
}

package mcfpipe.jobmatch;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import mcfpipe.standins.Dynalite;
import mcfpipe.storage.aws.AwsClients;
import mcfpipe.storage.schema.Schema;
import mcfpipe.storage.store.TableStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * An in-memory dynalite for one test class; {@link #freshStore()} gives each test its own set of tables (a new
 * prefix), written with a clock the test can move, so a rewrite shows in {@code last_modified}.
 */
final class LocalTables implements AutoCloseable {
    private static final AtomicInteger PREFIXES = new AtomicInteger();

    final Dynalite dynalite;
    final DynamoDbClient client;
    final Schema schema = Schema.loadDefault();
    final MovableClock storeClock = new MovableClock(Instant.parse("2026-04-15T06:00:00Z"));

    LocalTables() {
        this.dynalite = Dynalite.start(null);
        this.client = AwsClients.configure(DynamoDbClient.builder(), dynalite.endpoint(), Map.of()).build();
    }

    TableStore freshStore() {
        TableStore store = new TableStore(client, schema, "t" + PREFIXES.incrementAndGet() + "_mcfpipe_", storeClock);
        store.createTables();
        return store;
    }

    /** Every item of a table, sorted by key, for before/after comparisons. */
    static List<ObjectNode> all(TableStore store, String table) {
        List<ObjectNode> rows = new java.util.ArrayList<>(Queries.scanAll(store, table));
        rows.sort(Comparator.comparing(ObjectNode::toString));
        return rows;
    }

    /** The recorded search page as a local run stores it for user demo: 22 jobs and their job_search rows. */
    static void storeRecordedSearch(TableStore store) {
        for (int i = 0; i < RecordedPages.cards().size(); i++) {
            store.put("job", RecordedPages.jobRow(i));
            store.create("job_search", RecordedPages.searchRow("demo", i));
        }
    }

    /** A clock for "today" in the screens: Singapore noon of the day the pages were recorded, unless moved. */
    static Clock recordingDay() {
        return Clock.fixed(Instant.parse("2026-04-15T04:00:00Z"), ZoneOffset.UTC);
    }

    @Override
    public void close() {
        client.close();
        dynalite.close();
    }

    /** A clock tests move forward by hand. */
    static final class MovableClock extends Clock {
        private volatile Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(now, zone);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}

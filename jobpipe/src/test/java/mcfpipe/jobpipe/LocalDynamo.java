package mcfpipe.jobpipe;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;
import mcfpipe.standins.Dynalite;
import mcfpipe.storage.aws.AwsClients;
import mcfpipe.storage.schema.Schema;
import mcfpipe.storage.store.TableStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** A real dynalite for a test class; each test gets its own set of tables through a fresh prefix. */
final class LocalDynamo implements AutoCloseable {
    private static final AtomicInteger PREFIXES = new AtomicInteger();

    final Dynalite dynalite;
    final DynamoDbClient client;

    LocalDynamo() {
        this.dynalite = Dynalite.start(null);
        this.client = AwsClients.configure(DynamoDbClient.builder(), dynalite.endpoint(), System.getenv()).build();
    }

    /** A store over new, empty tables. */
    TableStore newStore(Clock clock) {
        return newStore(clock, "t" + PREFIXES.incrementAndGet() + "_mcfpipe_");
    }

    TableStore newStore(Clock clock, String prefix) {
        TableStore store = new TableStore(client, Schema.loadDefault(), prefix, clock);
        store.createTables();
        return store;
    }

    @Override
    public void close() {
        client.close();
        dynalite.close();
    }
}

package mcfpipe.storage.store;

import java.util.Map;
import mcfpipe.standins.Dynalite;
import mcfpipe.storage.aws.AwsClients;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** An in-memory dynalite and a client for it, for one test class. */
final class LocalDynamo implements AutoCloseable {
    private final Dynalite dynalite;
    private final DynamoDbClient client;

    private LocalDynamo(Dynalite dynalite, DynamoDbClient client) {
        this.dynalite = dynalite;
        this.client = client;
    }

    static LocalDynamo start() {
        Dynalite dynalite = Dynalite.start(null);
        DynamoDbClient client = AwsClients.configure(DynamoDbClient.builder(), dynalite.endpoint(), Map.of()).build();
        return new LocalDynamo(dynalite, client);
    }

    DynamoDbClient client() {
        return client;
    }

    @Override
    public void close() {
        client.close();
        dynalite.close();
    }
}

package mcfpipe.launcher;

import java.net.BindException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import mcfpipe.jobdb.ApiHandler;
import mcfpipe.jobdb.LocalApiServer;
import mcfpipe.standins.Dynalite;
import mcfpipe.storage.aws.AwsClients;
import mcfpipe.storage.schema.Schema;
import mcfpipe.storage.store.TableStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** {@code ./mcfpipe serve}: the Database API on 127.0.0.1 over the data of local runs. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Serve the Database API on 127.0.0.1.")
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--port", defaultValue = "8080", description = "Port on 127.0.0.1 (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = ".mcfpipe", description = "Data of local runs (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    @Override
    public Integer call() throws Exception {
        Dynalite dynalite = Dynalite.start(dataDir.toAbsolutePath().resolve("dynamodb"));
        DynamoDbClient ddb = AwsClients.configure(DynamoDbClient.builder(), dynalite.endpoint(), System.getenv()).build();
        Schema schema = Schema.loadDefault();
        TableStore store = new TableStore(ddb, schema, LocalCloud.TABLE_PREFIX, Clock.systemUTC());
        store.createTables();
        LocalApiServer server;
        try {
            server = LocalApiServer.start(new ApiHandler(store, schema), port);
        } catch (BindException e) {
            dynalite.close();
            System.err.println("mcfpipe: port " + port + " on 127.0.0.1 is in use: choose another with --port N");
            return 2;
        }
        // Ctrl-C ends the JVM through its shutdown hooks: stop the server and the dynalite child process there.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            ddb.close();
            dynalite.close();
        }));
        System.err.println("mcfpipe: serving the Database API at " + server.url() + " (data in " + dataDir + "); Ctrl-C stops");
        Thread.currentThread().join();
        return 0;
    }
}

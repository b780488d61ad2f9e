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
import mcfpipe.storage.store.TablePrefix;
import mcfpipe.storage.store.TableStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** {@code ./mcfpipe serve}: the Database API on 127.0.0.1 over the data of local runs. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Serve the Database API on 127.0.0.1.")
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--port", defaultValue = "8080", description = "Port on 127.0.0.1 (default: ${DEFAULT-VALUE}).")
    int port;

    @Mixin
    DataDirOption data;

    @Mixin
    DeployedOptions deployed;

    @Override
    public Integer call() throws Exception {
        String problem = deployed.problem();
        if (problem == null && (port < 0 || port > 65535)) problem = "--port must be 0-65535 (0: any free port), was " + port;
        if (problem != null) {
            System.err.println("mcfpipe: " + problem);
            return 2;
        }
        if (!deployed.aws) DataFolderLock.acquire(data.path());
        // The local data (dynalite over the data folder, tables created when missing), or a deployed stage's tables as they are.
        Dynalite dynalite = deployed.aws ? null : Dynalite.start(data.path().resolve("dynamodb"));
        Schema schema = Schema.loadDefault();
        DynamoDbClient ddb;
        TableStore store;
        String where;
        if (dynalite != null) {
            ddb = AwsClients.configure(DynamoDbClient.builder(), dynalite.endpoint(), System.getenv()).build();
            store = new TableStore(ddb, schema, LocalCloud.TABLE_PREFIX, Clock.systemUTC());
            store.createTables();
            where = "data in " + data.path();
        } else {
            ddb = AwsClients.configure(DynamoDbClient.builder(), deployed.endpoint, System.getenv()).build();
            store = new TableStore(ddb, schema, TablePrefix.forStage(deployed.stage), Clock.systemUTC());
            where = "tables " + TablePrefix.forStage(deployed.stage) + "* of stage " + deployed.stage
                    + (deployed.endpoint == null ? " on AWS" : " at " + deployed.endpoint);
            // the stage's tables must be there before anything is served: one line now, not a 503 on every request
            String table = TablePrefix.forStage(deployed.stage) + schema.tables().get(0).name();
            try {
                ddb.describeTable(b -> b.tableName(table));
            } catch (software.amazon.awssdk.core.exception.SdkException e) {
                ddb.close();
                System.err.println("mcfpipe: cannot use the " + where + ": table " + table + ": " + e.getMessage().lines().findFirst().orElse(""));
                return 2;
            }
        }
        LocalApiServer server;
        try {
            server = LocalApiServer.start(new ApiHandler(store, schema, deployed.aws ? deployed.stage : "local"), port);
        } catch (BindException e) {
            ddb.close();
            if (dynalite != null) dynalite.close();
            System.err.println("mcfpipe: port " + port + " on 127.0.0.1 is in use: choose another with --port N");
            return 2;
        }
        // Ctrl-C ends the JVM through its shutdown hooks: stop the server and the dynalite child process there.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            ddb.close();
            if (dynalite != null) dynalite.close();
        }));
        System.err.println("mcfpipe: serving the Database API at " + server.url() + " (" + where + "); Ctrl-C stops");
        Thread.currentThread().join();
        return 0;
    }
}

package mcfpipe.standins;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The three local AWS stand-ins together. {@code dataDir} null keeps everything in memory (tests);
 * otherwise DynamoDB data goes to dataDir/dynamodb and S3 objects to dataDir/s3.
 */
public final class StandIns implements AutoCloseable {
    private final Dynalite dynalite;
    private final ElasticMq elasticMq;
    private final S3Mock s3Mock;

    private StandIns(Dynalite dynalite, ElasticMq elasticMq, S3Mock s3Mock) {
        this.dynalite = dynalite;
        this.elasticMq = elasticMq;
        this.s3Mock = s3Mock;
    }

    /**
     * Starts the three at once: dynalite is a child process and the other two spend most of their start-up
     * loading classes, so starting them side by side takes about as long as the slowest (S3Mock) alone.
     */
    public static StandIns start(Path dataDir) {
        CompletableFuture<ElasticMq> q = CompletableFuture.supplyAsync(ElasticMq::start);
        CompletableFuture<S3Mock> s = CompletableFuture.supplyAsync(() -> S3Mock.start(dataDir == null ? null : dataDir.resolve("s3")));
        Dynalite d = null;
        try {
            d = Dynalite.start(dataDir == null ? null : dataDir.resolve("dynamodb"));
            return new StandIns(d, q.join(), s.join());
        } catch (RuntimeException e) {
            // wait for the others and close whatever did start; the first failure is the one reported
            closeOnceStarted(q);
            closeOnceStarted(s);
            if (d != null) d.close();
            throw e instanceof CompletionException && e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private static void closeOnceStarted(CompletableFuture<? extends AutoCloseable> starting) {
        starting.handle((started, failed) -> {
            if (started != null) {
                try {
                    started.close();
                } catch (Exception ignored) {
                    // already failing: the start-up error matters more than this one
                }
            }
            return null;
        }).join();
    }

    public String dynamoDbEndpoint() { return dynalite.endpoint(); }

    public String sqsEndpoint() { return elasticMq.endpoint(); }

    public String s3Endpoint() { return s3Mock.endpoint(); }

    @Override
    public void close() {
        try {
            s3Mock.close();
        } finally {
            try {
                elasticMq.close();
            } finally {
                dynalite.close();
            }
        }
    }
}

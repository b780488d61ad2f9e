package mcfpipe.standins;

import java.nio.file.Path;

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

    public static StandIns start(Path dataDir) {
        Dynalite d = Dynalite.start(dataDir == null ? null : dataDir.resolve("dynamodb"));
        ElasticMq q = null;
        try {
            q = ElasticMq.start();
            S3Mock s = S3Mock.start(dataDir == null ? null : dataDir.resolve("s3"));
            return new StandIns(d, q, s);
        } catch (RuntimeException e) {
            if (q != null) q.close();
            d.close();
            throw e;
        }
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

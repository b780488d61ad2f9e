package mcfpipe.launcher;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import mcfpipe.standins.StandIns;
import mcfpipe.storage.aws.AwsClients;
import mcfpipe.storage.schema.Schema;
import mcfpipe.storage.store.TablePrefix;
import mcfpipe.storage.store.TableStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * The AWS side of a local run: the stand-ins started over a data folder, SDK clients pointed at them, and the
 * tables, bucket and queues (pages queue with a dead-letter queue) created when missing.
 */
final class LocalCloud implements AutoCloseable {
    static final String STAGE = "dev";
    static final String TABLE_PREFIX = TablePrefix.forStage(STAGE);
    static final String BUCKET = STAGE + "-mcfpipe-raw-pages";
    static final String QUEUE = STAGE + "-mcfpipe-pages";
    static final String DLQ = STAGE + "-mcfpipe-pages-dlq";
    /** Receives before a page goes to the dead-letter queue, as on AWS. */
    static final int MAX_RECEIVES = 3;

    final StandIns standIns;
    final DynamoDbClient dynamoDb;
    final S3Client s3;
    final SqsClient sqs;
    final Schema schema;
    final TableStore store;
    final String queueUrl;
    final String dlqUrl;

    private LocalCloud(StandIns standIns, int visibilitySeconds) {
        this.standIns = standIns;
        Map<String, String> env = System.getenv();
        this.dynamoDb = AwsClients.configure(DynamoDbClient.builder(), standIns.dynamoDbEndpoint(), env).build();
        this.s3 = AwsClients.configure(S3Client.builder(), standIns.s3Endpoint(), env).forcePathStyle(true).build();
        this.sqs = AwsClients.configure(SqsClient.builder(), standIns.sqsEndpoint(), env).build();
        this.schema = Schema.loadDefault();
        this.store = new TableStore(dynamoDb, schema, TABLE_PREFIX, Clock.systemUTC());
        store.createTables();
        ensureBucket();
        this.dlqUrl = sqs.createQueue(b -> b.queueName(DLQ)).queueUrl();
        String dlqArn = sqs.getQueueAttributes(b -> b.queueUrl(dlqUrl).attributeNames(QueueAttributeName.QUEUE_ARN))
                .attributes().get(QueueAttributeName.QUEUE_ARN);
        this.queueUrl = sqs.createQueue(b -> b.queueName(QUEUE).attributes(Map.of(
                QueueAttributeName.VISIBILITY_TIMEOUT, Integer.toString(visibilitySeconds),
                QueueAttributeName.REDRIVE_POLICY,
                "{\"maxReceiveCount\":\"" + MAX_RECEIVES + "\",\"deadLetterTargetArn\":\"" + dlqArn + "\"}"))).queueUrl();
    }

    /** Starts the stand-ins over {@code dataDir} (null: in memory) and creates what is missing. */
    static LocalCloud start(Path dataDir, int visibilitySeconds) {
        if (dataDir != null) DataFolderLock.acquire(dataDir);
        StandIns s = StandIns.start(dataDir);
        try {
            return new LocalCloud(s, visibilitySeconds);
        } catch (RuntimeException e) {
            s.close();
            throw e;
        }
    }

    private void ensureBucket() {
        try {
            s3.headBucket(b -> b.bucket(BUCKET));
        } catch (NoSuchBucketException e) {
            s3.createBucket(b -> b.bucket(BUCKET));
        } catch (software.amazon.awssdk.services.s3.model.S3Exception e) {
            if (e.statusCode() != 404) throw e;
            s3.createBucket(b -> b.bucket(BUCKET));
        }
    }

    /** Where a run goes: the local tables, bucket and pages queue. */
    RunTarget target() {
        return new RunTarget(store, s3, sqs, BUCKET, queueUrl, dlqUrl);
    }

    /** Environment for code that builds its own clients from the environment (as on AWS). */
    Map<String, String> endpoints() {
        return Map.of("dynamodb", standIns.dynamoDbEndpoint(), "s3", standIns.s3Endpoint(), "sqs", standIns.sqsEndpoint());
    }

    URI s3Endpoint() {
        return URI.create(standIns.s3Endpoint());
    }

    @Override
    public void close() {
        dynamoDb.close();
        s3.close();
        sqs.close();
        standIns.close();
    }
}

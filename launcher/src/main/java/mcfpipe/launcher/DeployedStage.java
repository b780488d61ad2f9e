package mcfpipe.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.util.Map;
import mcfpipe.storage.Json;
import mcfpipe.storage.aws.AwsClients;
import mcfpipe.storage.schema.Schema;
import mcfpipe.storage.store.TablePrefix;
import mcfpipe.storage.store.TableStore;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * A stage that CloudFormation created (on AWS, or in moto_server for the deploy rehearsal): its tables, and,
 * for a run, the webscraper stack's bucket and pages queue. Nothing is created here; what the stacks made is
 * used as it is. With no endpoint the clients use AWS and the default credential chain.
 */
final class DeployedStage implements AutoCloseable {
    final String stage;
    final String endpoint;
    final DynamoDbClient dynamoDb;
    final S3Client s3;
    final SqsClient sqs;
    final Schema schema;
    final TableStore store;

    DeployedStage(String stage, String endpoint) {
        this.stage = stage;
        this.endpoint = endpoint == null || endpoint.isBlank() ? null : endpoint;
        Map<String, String> env = System.getenv();
        this.dynamoDb = AwsClients.configure(DynamoDbClient.builder(), this.endpoint, env).build();
        this.s3 = AwsClients.configure(S3Client.builder(), this.endpoint, env).forcePathStyle(this.endpoint != null).build();
        this.sqs = AwsClients.configure(SqsClient.builder(), this.endpoint, env).build();
        this.schema = Schema.loadDefault();
        this.store = new TableStore(dynamoDb, schema, TablePrefix.forStage(stage), Clock.systemUTC());
    }

    /** Where a run goes: the bucket and queue named, and the dead-letter queue that the queue's redrive policy names. */
    RunTarget target(String bucket, String queueUrl) {
        try {
            s3.headBucket(b -> b.bucket(bucket));
        } catch (SdkException e) {
            throw new IllegalStateException("bucket " + bucket + " cannot be reached: " + e.getMessage(), e);
        }
        return new RunTarget(store, s3, sqs, bucket, queueUrl, deadLetterQueueUrl(queueUrl));
    }

    private String deadLetterQueueUrl(String queueUrl) {
        String policy;
        try {
            policy = sqs.getQueueAttributes(b -> b.queueUrl(queueUrl).attributeNames(QueueAttributeName.REDRIVE_POLICY))
                    .attributes().get(QueueAttributeName.REDRIVE_POLICY);
        } catch (SdkException e) {
            throw new IllegalStateException("queue " + queueUrl + " cannot be reached: " + e.getMessage(), e);
        }
        if (policy == null || policy.isBlank()) {
            throw new IllegalStateException("queue " + queueUrl + " has no dead-letter queue (no redrive policy)");
        }
        String arn;
        try {
            JsonNode p = Json.mapper().readTree(policy);
            arn = p.path("deadLetterTargetArn").asText();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("queue " + queueUrl + " has a redrive policy that is not JSON: " + policy, e);
        }
        // arn:aws:sqs:<region>:<account>:<name>
        String[] parts = arn.split(":");
        if (parts.length != 6) throw new IllegalStateException("queue " + queueUrl + " names a dead-letter queue '" + arn + "' that is not an SQS ARN");
        return sqs.getQueueUrl(b -> b.queueName(parts[5]).queueOwnerAWSAccountId(parts[4])).queueUrl();
    }

    /** For messages: which place this is. */
    String describe() {
        return "stage " + stage + (endpoint == null ? " on AWS" : " at " + endpoint);
    }

    @Override
    public void close() {
        dynamoDb.close();
        s3.close();
        sqs.close();
    }
}

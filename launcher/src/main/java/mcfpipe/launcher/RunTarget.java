package mcfpipe.launcher;

import mcfpipe.storage.store.TableStore;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Where a run puts what it makes: the tables (through the store), the raw-pages bucket, and the pages queue with
 * its dead-letter queue. Either the local stand-ins ({@link LocalCloud}) or a deployed stage ({@link DeployedStage}).
 */
record RunTarget(TableStore store, S3Client s3, SqsClient sqs, String bucket, String queueUrl, String dlqUrl) {
}

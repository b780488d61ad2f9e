package mcfpipe.mcfscrape;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import mcfpipe.storage.aws.AwsClients;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

/** AWS SDK clients against S3Mock and ElasticMQ, and fresh buckets and queues so tests do not share state. */
final class StandInClients implements AutoCloseable {
    final S3Client s3;
    final SqsClient sqs;

    StandInClients(String s3Endpoint, String sqsEndpoint) {
        s3 = AwsClients.configure(S3Client.builder(), s3Endpoint, Map.of()).forcePathStyle(true).build();
        sqs = AwsClients.configure(SqsClient.builder(), sqsEndpoint, Map.of()).build();
    }

    String newBucket() {
        String name = "raw-" + UUID.randomUUID().toString().substring(0, 8);
        s3.createBucket(b -> b.bucket(name));
        return name;
    }

    String newQueue() {
        String name = "pages-" + UUID.randomUUID().toString().substring(0, 8);
        return sqs.createQueue(b -> b.queueName(name)).queueUrl();
    }

    List<String> keys(String bucket) {
        return s3.listObjectsV2(b -> b.bucket(bucket)).contents().stream().map(S3Object::key).sorted().toList();
    }

    /** Every message on the queue right now (received and deleted). */
    List<String> drain(String queueUrl) {
        List<String> bodies = new ArrayList<>();
        while (true) {
            List<Message> batch = sqs.receiveMessage(b -> b.queueUrl(queueUrl).maxNumberOfMessages(10).waitTimeSeconds(0))
                    .messages();
            if (batch.isEmpty()) return bodies;
            for (Message m : batch) {
                bodies.add(m.body());
                sqs.deleteMessage(b -> b.queueUrl(queueUrl).receiptHandle(m.receiptHandle()));
            }
        }
    }

    @Override
    public void close() {
        s3.close();
        sqs.close();
    }
}

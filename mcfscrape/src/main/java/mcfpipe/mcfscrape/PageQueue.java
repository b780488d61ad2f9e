package mcfpipe.mcfscrape;

import mcfpipe.storage.raw.PageMessage;
import software.amazon.awssdk.services.sqs.SqsClient;

/** Tells the parser about a stored page: one SQS message per page, naming its bucket and key. */
final class PageQueue {
    private final SqsClient sqs;
    private final String queueUrl;

    PageQueue(SqsClient sqs, String queueUrl) {
        this.sqs = sqs;
        this.queueUrl = queueUrl;
    }

    void announce(String bucket, String key) {
        String body = new PageMessage(bucket, key).toJson();
        sqs.sendMessage(b -> b.queueUrl(queueUrl).messageBody(body));
    }
}

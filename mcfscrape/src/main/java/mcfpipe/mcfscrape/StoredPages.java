package mcfpipe.mcfscrape;

import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Pages already stored in the raw-pages bucket, seen from outside a scrape: a local run whose in-memory queue died
 * with an earlier process queues them again the way the scraper queues a page (message, then the queued tag).
 */
public final class StoredPages {
    private final PagePublisher publisher;

    public StoredPages(S3Client s3, SqsClient sqs, String bucket, String queueUrl) {
        this.publisher = new PagePublisher(new RawPageStore(s3, bucket), new PageQueue(sqs, queueUrl));
    }

    /** Sends the page's message again and tags it as queued, so a scrape in the same run does not queue it twice. */
    public void queueAgain(String key) {
        publisher.announceAgain(key);
    }
}

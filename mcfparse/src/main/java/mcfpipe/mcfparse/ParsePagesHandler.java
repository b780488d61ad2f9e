package mcfpipe.mcfparse;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mcfpipe.mcfparse.parse.JobCard;
import mcfpipe.mcfparse.parse.JobPageParser;
import mcfpipe.mcfparse.parse.JobPost;
import mcfpipe.mcfparse.parse.SearchPage;
import mcfpipe.mcfparse.parse.SearchPageParser;
import mcfpipe.storage.aws.AwsClients;
import mcfpipe.storage.raw.PageMessage;
import mcfpipe.storage.raw.RawPage;
import mcfpipe.storage.schema.Schema;
import mcfpipe.storage.schema.TableDef;
import mcfpipe.storage.store.TablePrefix;
import mcfpipe.storage.store.TableStore;
import mcfpipe.storage.validate.RecordValidator;
import mcfpipe.storage.validate.StorageException;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * The parser Lambda on the pages queue. Each message names one raw page in S3; the handler reads it,
 * parses it and writes the jobs. A message that fails for any reason is reported in the partial batch
 * response, so only it returns to the queue (and, after the queue's retries, to the dead-letter queue).
 */
public final class ParsePagesHandler implements RequestHandler<SQSEvent, SQSBatchResponse> {
    /** Job links on a search page are relative; they resolve against MCF itself, so replayed pages store real URLs. */
    static final String MCF_SITE = "https://www.mycareersfuture.gov.sg";
    private final S3Client s3;
    private final JobWriter writer;
    private final ParseStats stats;

    /** Lambda's constructor: clients are built once per container. */
    public ParsePagesHandler() {
        this(AwsClients.configure(S3Client.builder(), "s3").forcePathStyle(System.getenv(AwsClients.endpointVariable("s3")) != null).build(),
                new TableStore(AwsClients.configure(DynamoDbClient.builder(), "dynamodb").build(), Schema.loadDefault(),
                        TablePrefix.fromEnvironment(System.getenv()), Clock.systemUTC()),
                new ParseStats());
    }

    public ParsePagesHandler(S3Client s3, TableStore store, ParseStats stats) {
        this.s3 = s3;
        this.writer = new JobWriter(store);
        this.stats = stats;
    }


    public ParseStats stats() {
        return stats;
    }

    @Override
    public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
        List<SQSBatchResponse.BatchItemFailure> failures = new ArrayList<>();
        if (event == null || event.getRecords() == null) return new SQSBatchResponse(failures);
        for (SQSEvent.SQSMessage message : event.getRecords()) {
            try {
                handle(message.getBody());
            } catch (RuntimeException e) {
                stats.failedMessages.incrementAndGet();
                if (message.getBody() != null) stats.lastErrorByBody.put(message.getBody(), describe(e));
                log(context, "page message " + message.getMessageId() + " failed: " + describe(e));
                failures.add(new SQSBatchResponse.BatchItemFailure(message.getMessageId()));
            }
        }
        return new SQSBatchResponse(failures);
    }

    /** Parses and stores the page one message names; throws with a clear message when it cannot. */
    public void handle(String body) {
        PageObject page = read(PageMessage.fromJson(body));
        switch (page.kind()) {
            case SEARCH -> handleSearch(page);
            case JOB -> handleJob(page);
        }
    }

    private void handleSearch(PageObject page) {
        String userId = page.required(RawPage.META_USER_ID);
        SearchPage parsed = SearchPageParser.parse(page.html(), page.charset(), page.fetchedAt(), MCF_SITE);
        String keywords = page.optional(RawPage.META_SEARCH_KEYWORDS);
        Integer pageNumber = intOrNull(page.optional(RawPage.META_PAGE_NUMBER));
        // every card is checked against the schema before any is written: a page is stored whole or not at all,
        // and the error names the card that stopped it
        TableDef jobTable = writer.schema().table("job");
        Map<String, JobCard> firstCards = new LinkedHashMap<>();
        Map<String, ObjectNode> records = new HashMap<>();
        for (JobCard card : parsed.cards()) {
            // a job shown twice on one page (a promoted copy, say) is the first card's, data and place alike
            if (firstCards.putIfAbsent(card.uuid(), card) != null) continue;
            ObjectNode record = JobRecords.of(card);
            try {
                RecordValidator.validate(jobTable, record, RecordValidator.Mode.FULL);
            } catch (StorageException e) {
                throw new IllegalArgumentException(page.where() + ": card " + card.position() + " (job " + card.uuid()
                        + ", '" + card.title() + "') breaks the schema: " + e.getMessage(), e);
            }
            records.put(card.uuid(), record);
        }
        for (JobCard card : firstCards.values()) {
            if (writer.writeCard(records.get(card.uuid()))) stats.jobsWritten.incrementAndGet();
            writer.writeSearchRow(userId, card.uuid(), keywords, pageNumber, card.position(), card.recommended(),
                    page.fetchedAt());
            stats.cards.incrementAndGet();
        }
        stats.searchPages.incrementAndGet();
    }

    private void handleJob(PageObject page) {
        JobPost post = JobPageParser.parse(page.html(), page.charset(), page.fetchedAt());
        writer.writePost(post, mcfUrl(page.optional(RawPage.META_SOURCE_URL)));
        String userId = page.optional(RawPage.META_USER_ID);
        if (userId != null) {
            writer.writeSearchRow(userId, post.uuid(), page.optional(RawPage.META_SEARCH_KEYWORDS), null, null, null,
                    page.fetchedAt());
        }
        stats.jobPages.incrementAndGet();
        stats.jobsWritten.incrementAndGet();
    }

    private PageObject read(PageMessage m) {
        ResponseBytes<GetObjectResponse> obj;
        try {
            obj = s3.getObjectAsBytes(b -> b.bucket(m.bucket()).key(m.key()));
        } catch (NoSuchKeyException e) {
            throw new IllegalArgumentException("raw page s3://" + m.bucket() + "/" + m.key() + " does not exist");
        } catch (NoSuchBucketException e) {
            throw new IllegalArgumentException("bucket '" + m.bucket() + "' of raw page " + m.key() + " does not exist");
        }
        Map<String, String> meta = obj.response().metadata();
        return new PageObject(m.bucket(), m.key(), obj.asByteArray(), PageObject.charsetOf(obj.response().contentType()), meta);
    }

    /**
     * The job's MCF URL from the URL the page was fetched from: MCF's path on MCF's host, without the query,
     * so a page replayed from a local server stores the same URL as a live one.
     */
    static String mcfUrl(String sourceUrl) {
        if (sourceUrl == null) return null;
        try {
            String path = java.net.URI.create(sourceUrl).getRawPath();
            return path == null || path.isEmpty() ? null : MCF_SITE + path;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Integer intOrNull(String s) {
        if (s == null) return null;
        try {
            return Integer.valueOf(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String describe(Throwable e) {
        String msg = e.getMessage();
        return e.getClass().getSimpleName() + (msg == null ? "" : ": " + msg);
    }

    private static void log(Context context, String line) {
        if (context != null) context.getLogger().log(line);
        else System.err.println(line);
    }
}

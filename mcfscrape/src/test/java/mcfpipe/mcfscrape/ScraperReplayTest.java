package mcfpipe.mcfscrape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import mcfpipe.standins.ElasticMq;
import mcfpipe.standins.RepoRoot;
import mcfpipe.standins.S3Mock;
import mcfpipe.storage.raw.PageMessage;
import mcfpipe.storage.raw.RawPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;

/** The scraper with real headless Chromium over the recorded MCF pages, into S3Mock and ElasticMQ. */
class ScraperReplayTest {
    private static final String RECORDED_UUID = "5624187c437fddd00296eecc783ed4cd";
    private static final Instant CAPTURED = Instant.parse("2026-04-15T05:41:00Z");

    private static S3Mock s3Mock;
    private static ElasticMq elasticMq;
    private static ReplayServer replay;
    private static StandInClients aws;

    @BeforeAll
    static void start() {
        s3Mock = S3Mock.start(null);
        elasticMq = ElasticMq.start();
        replay = ReplayServer.start(RepoRoot.mcfFixtures());
        aws = new StandInClients(s3Mock.endpoint(), elasticMq.endpoint());
    }

    @AfterAll
    static void stop() {
        aws.close();
        replay.close();
        elasticMq.close();
        s3Mock.close();
    }

    /** Fast replay settings: no delays, short waits, the capture time as the clock. */
    private static ScraperSettings.Builder settings(String bucket, String queueUrl) {
        return ScraperSettings.builder()
                .baseUrl(replay.baseUrl())
                .delayBetweenRequests(Duration.ZERO)
                .maxRetries(1)
                .retryBackoff(Duration.ofMillis(10))
                .pageLoadTimeout(Duration.ofSeconds(20))
                .cardWaitTimeout(Duration.ofSeconds(5))
                .clock(Clock.fixed(CAPTURED, ZoneOffset.UTC))
                .bucket(bucket)
                .queueUrl(queueUrl);
    }

    private static Scraper scraper(ScraperSettings settings) {
        return new Scraper(settings, aws.s3, aws.sqs);
    }

    private static String searchKey(String bucket) {
        return aws.keys(bucket).stream().filter(k -> k.startsWith("raw/search/")).findFirst().orElseThrow();
    }

    @Test
    void storesTheSearchPageAndTheRecordedJobPageAndQueuesBoth() {
        String bucket = aws.newBucket();
        String queue = aws.newQueue();

        long started = System.nanoTime();
        ScrapeReport report = scraper(settings(bucket, queue).build()).scrape("engineer", 1, "demo");
        System.out.printf("replay scrape of 1 search page and 22 job links took %d ms%n",
                (System.nanoTime() - started) / 1_000_000);

        assertEquals(List.of(), report.failed());
        assertEquals(1, report.searchPagesStored());
        assertEquals(0, report.searchPagesUnchanged());
        assertEquals(22, report.jobLinks());
        assertEquals(1, report.jobPagesStored());
        assertEquals(0, report.jobPagesAlreadyStored());
        assertEquals(21, report.missing().size());
        assertTrue(!report.missing().contains(RECORDED_UUID));
        assertTrue(report.missing().stream().allMatch(u -> u.matches("[0-9a-f]{32}")), report.missing().toString());
        assertEquals(2, report.pagesStored());
        assertEquals(2, report.messagesSent());

        String searchKey = searchKey(bucket);
        assertTrue(searchKey.matches("raw/search/engineer/page-0-[0-9a-f]{16}\\.html"), searchKey);
        assertEquals(List.of(RawPage.jobKey(RECORDED_UUID), searchKey), aws.keys(bucket));

        Set<PageMessage> messages = aws.drain(queue).stream().map(PageMessage::fromJson).collect(Collectors.toSet());
        assertEquals(Set.of(new PageMessage(bucket, searchKey), new PageMessage(bucket, RawPage.jobKey(RECORDED_UUID))),
                messages);
    }

    @Test
    void storedPagesCarryTheContractMetadataAndTheRenderedHtml() {
        String bucket = aws.newBucket();
        scraper(settings(bucket, aws.newQueue()).build()).scrape("engineer", 1, "demo");

        ResponseBytes<GetObjectResponse> search = aws.s3.getObjectAsBytes(b -> b.bucket(bucket).key(searchKey(bucket)));
        assertContentType(search.response().contentType());
        assertEquals(Map.of(
                RawPage.META_SOURCE_URL, replay.baseUrl() + "/search?search=engineer&sortBy=new_posting_date&page=0",
                RawPage.META_FETCHED_AT, "2026-04-15T05:41:00Z",
                RawPage.META_PAGE_KIND, "search",
                RawPage.META_SEARCH_KEYWORDS, "engineer",
                RawPage.META_PAGE_NUMBER, "0",
                RawPage.META_USER_ID, "demo"), search.response().metadata());
        String html = search.asString(StandardCharsets.UTF_8);
        assertEquals(22, html.split("data-testid=\"job-card\"", -1).length - 1, "all 22 cards are in the stored page");

        ResponseBytes<GetObjectResponse> job = aws.s3.getObjectAsBytes(b -> b.bucket(bucket).key(RawPage.jobKey(RECORDED_UUID)));
        assertContentType(job.response().contentType());
        assertEquals(Map.of(
                RawPage.META_SOURCE_URL, replay.baseUrl() + "/job/building-construction/engineer-ldrm-enterprises-" + RECORDED_UUID,
                RawPage.META_FETCHED_AT, "2026-04-15T05:41:00Z",
                RawPage.META_PAGE_KIND, "job",
                RawPage.META_SEARCH_KEYWORDS, "engineer",
                RawPage.META_PAGE_NUMBER, "0",
                RawPage.META_USER_ID, "demo"), job.response().metadata());
        assertTrue(job.asString(StandardCharsets.UTF_8).contains("data-testid=\"job-details-info-job-title\""));
    }

    /** S3Mock echoes the type without the space after ';' (real S3 keeps it verbatim): compare without spaces. */
    private static void assertContentType(String stored) {
        assertEquals(RawPage.CONTENT_TYPE.replace(" ", ""), stored.replace(" ", ""));
    }

    @Test
    void aSecondScrapeStoresNothingNewAndSendsNoMessage() {
        String bucket = aws.newBucket();
        String queue = aws.newQueue();
        Scraper scraper = scraper(settings(bucket, queue).build());
        scraper.scrape("engineer", 1, "demo");
        List<String> keysAfterFirst = aws.keys(bucket);
        assertEquals(2, aws.drain(queue).size());

        ScrapeReport again = scraper.scrape("engineer", 1, "demo");

        assertEquals(List.of(), again.failed());
        assertEquals(0, again.pagesStored());
        assertEquals(1, again.searchPagesUnchanged(), "the identical search page has the same content address");
        assertEquals(1, again.jobPagesAlreadyStored());
        assertEquals(21, again.missing().size());
        assertEquals(0, again.messagesSent());
        assertEquals(keysAfterFirst, aws.keys(bucket));
        assertEquals(List.of(), aws.drain(queue));
    }

    @Test
    void anotherUsersScrapeOfTheSameSearchStoresAndQueuesTheSearchPageForThatUser() {
        String bucket = aws.newBucket();
        String queue = aws.newQueue();
        Scraper scraper = scraper(settings(bucket, queue).build());
        scraper.scrape("engineer", 1, "demo");
        aws.drain(queue);

        ScrapeReport alice = scraper.scrape("engineer", 1, "alice");

        assertEquals(1, alice.searchPagesStored(), "alice's search page is hers, though the results are the same");
        assertEquals(1, alice.jobPagesAlreadyStored(), "job pages are shared");
        List<PageMessage> messages = aws.drain(queue).stream().map(PageMessage::fromJson).toList();
        assertEquals(1, messages.size());
        assertEquals("alice", aws.s3.headObject(b -> b.bucket(bucket).key(messages.get(0).key())).metadata().get(RawPage.META_USER_ID));
    }

    /** The scraper died after storing the pages and before queueing them: no tag says they were queued. */
    @Test
    void pagesStoredButNeverQueuedAreQueuedByTheNextScrapeWithoutFetchingThemAgain() {
        String bucket = aws.newBucket();
        String queue = aws.newQueue();
        Scraper scraper = scraper(settings(bucket, queue).build());
        scraper.scrape("engineer", 1, "demo");
        aws.drain(queue); // the messages of the run that "died" never reached the queue
        for (String key : aws.keys(bucket)) {
            assertEquals(List.of(software.amazon.awssdk.services.s3.model.Tag.builder().key(RawPage.QUEUED_TAG).value("true").build()),
                    aws.s3.getObjectTagging(b -> b.bucket(bucket).key(key)).tagSet(), "a published page is tagged as queued");
            aws.s3.deleteObjectTagging(b -> b.bucket(bucket).key(key));
        }
        List<String> keys = aws.keys(bucket);

        ScrapeReport again = scraper.scrape("engineer", 1, "demo");

        assertEquals(List.of(), again.failed());
        assertEquals(0, again.pagesStored(), "nothing fetched and stored again");
        assertEquals(2, again.pagesAnnouncedAgain());
        assertEquals(2, again.messagesSent());
        assertEquals(keys, aws.keys(bucket));
        assertEquals(keys.stream().map(k -> new PageMessage(bucket, k)).collect(Collectors.toSet()),
                aws.drain(queue).stream().map(PageMessage::fromJson).collect(Collectors.toSet()));

        ScrapeReport third = scraper.scrape("engineer", 1, "demo");
        assertEquals(0, third.messagesSent(), "tagged again once queued: " + third);
    }

    @Test
    void pagingStopsAtTheFirstPageWithoutCards() {
        String bucket = aws.newBucket();
        // no job pages: this test is about the search pages
        ScraperSettings s = settings(bucket, aws.newQueue()).maxJobPagesPerRun(0).build();

        ScrapeReport report = scraper(s).scrape("engineer", 2, "demo");

        assertEquals(List.of(), report.failed(), "the 404 page 1 ends the paging, it is no failure");
        assertEquals(1, report.searchPagesStored());
        assertEquals(22, report.jobLinks());
        assertEquals(0, report.jobPagesStored());
        assertEquals(List.of(), report.missing());
        assertEquals(1, report.messagesSent());
        assertEquals(1, aws.keys(bucket).size());
    }

    @Test
    void aSearchWithoutRecordedPagesStoresNothing() {
        String bucket = aws.newBucket();
        ScrapeReport report = scraper(settings(bucket, aws.newQueue()).build()).scrape("nurse", 3, "demo");
        assertEquals(new ScrapeReport(0, 0, 0, 0, 0, List.of(), List.of(), 0, 0), report);
        assertEquals(List.of(), aws.keys(bucket));
    }

    @Test
    void jobPagesPerRunAreCapped() {
        ScraperSettings s = settings(aws.newBucket(), aws.newQueue()).maxJobPagesPerRun(3).build();
        ScrapeReport report = scraper(s).scrape("engineer", 1, "demo");
        assertEquals(3, report.jobPagesStored() + report.missing().size());
        assertEquals(1, report.jobPagesStored(), "the recorded job is the first card");
    }

    @Test
    void aSiteThatDoesNotAnswerIsReportedAsFailuresAfterTheRetries() {
        int closedPort = ClosedPort.find();
        ScraperSettings s = settings(aws.newBucket(), aws.newQueue())
                .baseUrl("http://127.0.0.1:" + closedPort)
                .maxRetries(2)
                .pageLoadTimeout(Duration.ofSeconds(3))
                .cardWaitTimeout(Duration.ofSeconds(1))
                .build();

        ScrapeReport report = scraper(s).scrape("engineer", 2, "demo");

        assertEquals(1, report.failed().size(), "a failed search page ends the paging: " + report.failed());
        ScrapeReport.Failure failure = report.failed().get(0);
        assertEquals("http://127.0.0.1:" + closedPort + "/search?search=engineer&sortBy=new_posting_date&page=0",
                failure.url());
        assertTrue(failure.reason().contains("after 3 attempts"), failure.reason());
        assertTrue(failure.reason().contains("ERR_CONNECTION_REFUSED"), failure.reason());
        System.out.println("unreachable site: " + failure.reason());
        assertEquals(0, report.pagesStored());
        assertEquals(0, report.messagesSent());
    }

    @Test
    void aPageThatCannotBeStoredIsAFailureAndTheRunGoesOn() {
        ScraperSettings s = settings("no-such-bucket", aws.newQueue()).maxJobPagesPerRun(2).build();

        ScrapeReport report = scraper(s).scrape("engineer", 1, "demo");

        assertEquals(2, report.failed().size(), "the search page and the one recorded job: " + report.failed());
        assertTrue(report.failed().get(0).reason().startsWith("cannot store raw/search/engineer/page-0-"),
                report.failed().get(0).reason());
        assertTrue(report.failed().get(0).reason().contains("NoSuchBucket"), report.failed().get(0).reason());
        assertEquals(0, report.pagesStored());
        assertEquals(22, report.jobLinks(), "links were still collected");
        assertEquals(1, report.missing().size(), "the second job page was still fetched");
        assertTrue(report.failed().get(1).reason().startsWith("cannot store " + RawPage.jobKey(RECORDED_UUID)),
                report.failed().get(1).reason());
    }

    @Test
    void aPageWhoseMessageCannotBeSentIsTakenBackOutOfS3() {
        String bucket = aws.newBucket();
        String missingQueue = elasticMq.endpoint() + "/000000000000/no-such-queue";
        ScraperSettings s = settings(bucket, missingQueue).maxJobPagesPerRun(0).build();

        ScrapeReport report = scraper(s).scrape("engineer", 1, "demo");

        assertEquals(1, report.failed().size(), report.failed().toString());
        assertEquals(0, report.pagesStored());
        assertEquals(0, report.messagesSent());
        assertEquals(List.of(), aws.keys(bucket), "so the next run stores and announces it again");
    }
}

package mcfpipe.jobpipe;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import mcfpipe.jobpipe.etl.EtlOptions;
import mcfpipe.jobpipe.etl.EtlResult;
import mcfpipe.standins.S3Mock;
import mcfpipe.storage.aws.AwsClients;
import mcfpipe.storage.store.TableStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;

/** A whole report run against dynalite and S3Mock: files in place locally and on S3, and a cold start from S3. */
class ReportJobTest {
    private static LocalDynamo dynamo;
    private static S3Mock s3Mock;
    private static S3Client s3;

    @TempDir
    Path dir;
    private MutableClock clock;
    private TableStore store;
    private String bucket;

    @BeforeAll
    static void start() {
        dynamo = new LocalDynamo();
        s3Mock = S3Mock.start(null);
        s3 = AwsClients.configure(S3Client.builder(), s3Mock.endpoint(), System.getenv()).forcePathStyle(true).build();
    }

    @AfterAll
    static void stop() {
        s3.close();
        s3Mock.close();
        dynamo.close();
    }

    @BeforeEach
    void seed(TestInfo test) {
        clock = new MutableClock(Instant.parse("2026-04-15T06:00:00Z"));
        store = dynamo.newStore(clock);
        DemoScores.writeAll(store);
        clock.advance(Duration.ofMinutes(10));
        bucket = "reports-" + test.getTestMethod().orElseThrow().getName().toLowerCase().replaceAll("[^a-z0-9]", "-");
        s3.createBucket(b -> b.bucket(bucket));
    }

    private ReportJob job(Path workDir) {
        return new ReportJob(store, s3, new ReportSettings(bucket, workDir, EtlOptions.DEFAULTS), clock);
    }

    @Test
    void aRunUploadsTheFileAndThePageAndKeepsLocalCopies() throws Exception {
        Path work = dir.resolve("reports");

        ReportResult result = job(work).run(false);

        assertEquals(work.resolve("mcfpipe.sqlite"), result.sqliteFile());
        assertEquals(work.resolve("report.html"), result.htmlFile());
        assertEquals("s3://" + bucket + "/reports/mcfpipe.sqlite", result.sqliteUri());
        assertEquals("s3://" + bucket + "/reports/report.html", result.htmlUri());
        assertFalse(result.fetchedPrevious());
        ResponseBytes<GetObjectResponse> sqlite = s3.getObjectAsBytes(b -> b.bucket(bucket).key("reports/mcfpipe.sqlite"));
        assertEquals("application/vnd.sqlite3", sqlite.response().contentType());
        assertArrayEquals(Files.readAllBytes(result.sqliteFile()), sqlite.asByteArray());
        ResponseBytes<GetObjectResponse> html = s3.getObjectAsBytes(b -> b.bucket(bucket).key("reports/report.html"));
        // S3Mock drops the space after ';', so compare the media type without blanks
        assertEquals("text/html;charset=utf-8", html.response().contentType().replace(" ", ""));
        String page = html.asString(StandardCharsets.UTF_8);
        assertEquals(Files.readString(result.htmlFile()), page);
        assertTrue(page.contains("Site &amp; project engineer"), "the page names the track");
        assertTrue(result.describe().contains("report:  " + result.htmlFile()), result.describe());
    }

    @Test
    void aFreshContainerContinuesFromTheFileOnS3() {
        job(dir.resolve("first")).run(false);
        clock.advance(Duration.ofHours(1));

        ReportResult second = job(dir.resolve("second")).run(false);

        assertTrue(second.fetchedPrevious(), "no local copy, so the last upload was fetched");
        assertEquals(EtlResult.Mode.INCREMENTAL, second.etl().mode());
        assertEquals(0, second.etl().upserted());
        assertEquals(22L, Rows.single(second.sqliteFile(), "SELECT count(*) FROM jobs"));
    }

    @Test
    void theHandlerRebuildsWhenTheEventAsksForIt() {
        ReportHandler handler = new ReportHandler(job(dir.resolve("lambda-tmp")));

        String first = handler.handleRequest(Map.of("source", "aws.events", "detail-type", "Scheduled Event"), null);
        clock.advance(Duration.ofHours(1));
        String scheduled = handler.handleRequest(Map.of("source", "aws.events"), null);
        String rebuilt = handler.handleRequest(Map.of("rebuild", true), null);

        assertTrue(first.contains("etl:     full (no earlier file)"), first);
        assertTrue(scheduled.contains("etl:     incremental (rows changed since the last run): 79 items scanned, 0 upserted"), scheduled);
        assertTrue(rebuilt.contains("etl:     full (rebuild asked for): 79 items scanned, 79 upserted"), rebuilt);
    }
}

package mcfpipe.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import mcfpipe.jobdb.ApiHandler;
import mcfpipe.jobdb.LocalApiServer;
import mcfpipe.standins.Dynalite;
import mcfpipe.standins.RepoRoot;
import mcfpipe.storage.Json;
import mcfpipe.storage.aws.AwsClients;
import mcfpipe.storage.schema.Schema;
import mcfpipe.storage.store.ItemKey;
import mcfpipe.storage.store.Page;
import mcfpipe.storage.store.TableStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The whole jobs-search flow on the recorded MCF pages: real headless Chromium through the replay server,
 * S3Mock, ElasticMQ, the parser Lambda handler and dynalite on disk; then the API over the same data.
 */
class ReplayRunEndToEndTest {
    private static final String JOB = "5624187c437fddd00296eecc783ed4cd";
    private static final Instant CAPTURED = Instant.parse("2026-04-15T05:41:00Z");

    @TempDir
    Path dataDir;

    @Test
    void replayStoresEveryJobOnceAndTheApiServesIt() throws Exception {
        RunSummary first = run();
        assertEquals("summary: pages=2 cards=22 posts=1 jobs=22 missing=21 failed=0 dlq=0", first.line());

        Map<String, String> createdAfterFirst;
        try (Dynalite dynalite = Dynalite.start(dataDir.resolve("dynamodb"));
             DynamoDbClient ddb = client(dynalite)) {
            TableStore store = store(ddb);
            ObjectNode job = store.get("job", ItemKey.of(JOB)).orElseThrow();
            assertEquals("MCF-2026-0521403", job.get("mcf_ref").asText());
            assertEquals("Engineer", job.get("position").asText());
            assertEquals("LDRM ENTERPRISES PTE. LTD.", job.get("company_name").asText());
            assertEquals(0, job.get("salary_min").decimalValue().compareTo(new java.math.BigDecimal(3700)));
            assertEquals(0, job.get("salary_max").decimalValue().compareTo(new java.math.BigDecimal(5400)));
            assertEquals("Monthly", job.get("salary_period").asText());
            assertEquals("2026-03-27", job.get("posted_date").asText());
            assertEquals("2026-04-17", job.get("closing_date").asText());
            assertEquals(3, job.get("applications").asInt());
            assertEquals(1, job.get("status").asInt(), "a parsed job page sets status 1, and no card downgrades it");
            assertEquals("https://www.mycareersfuture.gov.sg/job/building-construction/engineer-ldrm-enterprises-" + JOB,
                    job.get("url").asText());

            List<ObjectNode> jobs = all(store, "job");
            assertEquals(22, jobs.size());
            assertEquals(21, jobs.stream().filter(j -> j.get("status").asInt() == 0).count(), "21 jobs known from cards only");

            Page mine = store.query("job_search", "user_id-index", "demo", null, 100, null);
            assertEquals(22, mine.items().size(), "one job_search row per card for the user");
            assertTrue(mine.items().stream().allMatch(r -> r.get("search_keywords").asText().equals("engineer")));

            createdAfterFirst = created(jobs);
        }

        RunSummary second = run();
        assertEquals("summary: pages=0 cards=22 posts=0 jobs=22 missing=21 failed=0 dlq=0", second.line(),
                "a second run over the same pages stores nothing new");

        try (Dynalite dynalite = Dynalite.start(dataDir.resolve("dynamodb"));
             DynamoDbClient ddb = client(dynalite)) {
            TableStore store = store(ddb);
            assertEquals(createdAfterFirst, created(all(store, "job")), "no created value changed");

            try (LocalApiServer api = LocalApiServer.start(new ApiHandler(store, Schema.loadDefault()), 0)) {
                HttpResponse<String> r = HttpClient.newHttpClient().send(
                        HttpRequest.newBuilder(URI.create(api.url() + "/job/" + JOB)).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(200, r.statusCode());
                JsonNode body = Json.mapper().readTree(r.body());
                assertEquals("MCF-2026-0521403", body.get("mcf_ref").asText());
                assertEquals("2026-03-27", body.get("posted_date").asText());
                assertEquals(3, body.get("applications").asInt());
            }
        }
    }

    private RunSummary run() {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        RunSummary s = new LocalRun(new PrintStream(log, true)).run(new RunOptions(RepoRoot.mcfFixtures(), CAPTURED,
                null, "engineer", 1, "demo", dataDir, 0));
        assertTrue(log.toString().contains("timings:"), log.toString());
        return s;
    }

    private static DynamoDbClient client(Dynalite d) {
        return AwsClients.configure(DynamoDbClient.builder(), d.endpoint(), System.getenv()).build();
    }

    private static TableStore store(DynamoDbClient ddb) {
        return new TableStore(ddb, Schema.loadDefault(), LocalCloud.TABLE_PREFIX, Clock.systemUTC());
    }

    private static List<ObjectNode> all(TableStore store, String table) {
        Page p = store.scan(table, 1000, null);
        assertEquals(null, p.next());
        return p.items();
    }

    private static Map<String, String> created(List<ObjectNode> items) {
        Map<String, String> m = new HashMap<>();
        for (ObjectNode j : items) m.put(j.get("job_id").asText(), j.get("created").asText());
        return m;
    }
}

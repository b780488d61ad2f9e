package mcfpipe.tester;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import mcfpipe.jobdb.ApiHandler;
import mcfpipe.jobdb.LocalApiServer;
import mcfpipe.standins.Dynalite;
import mcfpipe.storage.aws.AwsClients;
import mcfpipe.storage.schema.Schema;
import mcfpipe.storage.store.TableStore;
import mcfpipe.tester.cases.ApiPlan;
import mcfpipe.tester.http.ApiCall;
import mcfpipe.tester.http.ApiClient;
import mcfpipe.tester.http.JsonCodec;
import mcfpipe.tester.http.SigV4Signer;
import mcfpipe.tester.plan.TestCase;
import mcfpipe.tester.report.CaseResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.Select;

/** The whole plan, through the runner's public entry, against the real API served in-process on dynalite. */
class LocalApiPlanTest {
    private static final String PREFIX = "dev_mcfpipe_";

    @TempDir
    static Path dir;

    private static Dynalite dynalite;
    private static DynamoDbClient dynamo;
    private static LocalApiServer server;
    private static RunSummary summary;
    private static List<String> outputLines;
    private static Path report;

    @BeforeAll
    static void runThePlan() throws Exception {
        dynalite = Dynalite.start(null);
        dynamo = AwsClients.configure(DynamoDbClient.builder(), dynalite.endpoint(), System.getenv()).build();
        Schema schema = Schema.loadDefault();
        TableStore store = new TableStore(dynamo, schema, PREFIX, Clock.systemUTC());
        store.createTables();
        server = LocalApiServer.start(new ApiHandler(store, schema), 0);

        report = dir.resolve("tester-report.xml");
        Options options = Options.parse(new String[] {"--url", server.url(), "--report", report.toString()}, Map.of());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        summary = TesterRun.run(options, new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        String text = out.toString(StandardCharsets.UTF_8);
        System.out.print(text); // the run's own report, for whoever reads the build log
        outputLines = text.lines().collect(Collectors.toList());
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
        if (dynamo != null) dynamo.close();
        if (dynalite != null) dynalite.close();
    }

    @Test
    void everyCaseRanAndPassed() {
        List<String> planned = ApiPlan.cases().stream().map(TestCase::label).collect(Collectors.toList());
        List<String> ran = summary.results().stream().map(CaseResult::label).collect(Collectors.toList());
        assertEquals(planned, ran);
        String failures = summary.results().stream().filter(r -> !r.passed()).map(CaseResult::line)
                .collect(Collectors.joining("\n"));
        assertEquals(0, summary.failed(), "failed cases:\n" + failures);
        assertTrue(summary.succeeded());
    }

    @Test
    void printsOneLinePerCaseThenTheCountAlone() {
        assertEquals(summary.planned() + 1, outputLines.size(), String.join("\n", outputLines));
        for (int i = 0; i < summary.planned(); i++) {
            assertTrue(outputLines.get(i).matches("(PASS|FAIL) \\d{2} .+"), outputLines.get(i));
        }
        String closing = outputLines.get(outputLines.size() - 1);
        assertTrue(closing.matches("\\d+ passed, \\d+ failed"), closing);
        assertEquals(summary.closingLine(), closing);
    }

    @Test
    void reportIsWellFormedAndListsEachCase() throws Exception {
        var doc = ReportXml.parse(report);
        List<String> planned = ApiPlan.cases().stream().map(TestCase::label).collect(Collectors.toList());
        assertEquals(planned, ReportXml.caseNames(doc));
        assertEquals(Integer.toString(planned.size()), doc.getDocumentElement().getAttribute("tests"));
        assertEquals(Long.toString(summary.failed()), Integer.toString(
                doc.getElementsByTagName("failure").getLength() + doc.getElementsByTagName("error").getLength()));
    }

    @Test
    void cleanupLeavesEveryTableEmpty() {
        assertTrue(summary.cleanupProblems().isEmpty(), summary.cleanupProblems().toString());
        for (String table : dynamo.listTables().tableNames()) {
            int count = dynamo.scan(ScanRequest.builder().tableName(table).select(Select.COUNT).build()).count();
            assertEquals(0, count, "items left in " + table);
        }
    }

    @Test
    void signedRequestsReachTheApi() {
        ApiClient signed = new ApiClient(java.net.URI.create(server.url()), new SigV4Signer("ap-southeast-1",
                StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEXAMPLE", "secret"))));
        assertEquals(200, signed.send(ApiCall.get("/")).status());
        // a body the API refuses, so nothing is written: this is about the signed request going through
        assertEquals(400, signed.send(ApiCall.post("/job", JsonCodec.object())).status());
    }
}

package mcfpipe.tester;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mcfpipe.tester.cases.ApiPlan;
import mcfpipe.tester.http.ApiCall;
import mcfpipe.tester.http.ApiClient;
import mcfpipe.tester.http.ApiUnreachableException;
import mcfpipe.tester.http.RequestSigner;
import mcfpipe.tester.http.SigV4Signer;
import mcfpipe.tester.plan.CaseContext;
import mcfpipe.tester.plan.Cleanup;
import mcfpipe.tester.plan.RunIds;
import mcfpipe.tester.plan.TestCase;
import mcfpipe.tester.report.CaseResult;
import mcfpipe.tester.report.JUnitXmlReport;

/**
 * The runner's public entry: runs the plan against one API, prints a line per case, cleans up everything
 * the cases created (also when they fail), writes the JUnit XML report and prints the closing count.
 */
public final class TesterRun {
    private TesterRun() {}

    public static RunSummary run(Options options, PrintStream out, PrintStream err) {
        RequestSigner signer = options.sigv4Region().<RequestSigner>map(SigV4Signer::withDefaultCredentials)
                .orElse(RequestSigner.none());
        ApiClient api = new ApiClient(options.url(), signer);
        RunIds ids = RunIds.fresh();
        Cleanup cleanup = new Cleanup();
        CaseContext ctx = new CaseContext(api, ids, cleanup);
        List<TestCase> plan = ApiPlan.cases();
        List<CaseResult> results = new ArrayList<>();
        Instant started = Instant.now();
        List<String> leftovers;
        try {
            for (TestCase testCase : plan) {
                CaseResult result = CaseRunner.run(testCase, ctx);
                results.add(result);
                out.println(result.line());
                out.flush();
            }
        } finally {
            leftovers = cleanup.run(api);
        }
        reportLeftovers(leftovers, err);
        boolean written = writeReport(options, results, started, ids, err);
        RunSummary summary = new RunSummary(List.copyOf(results), plan.size(), leftovers, written);
        out.println(summary.closingLine());
        out.flush();
        return summary;
    }

    /** Null when the API answers {@code GET /} at all (any status); else why it cannot be reached. */
    public static String unreachable(Options options) {
        RequestSigner signer = options.sigv4Region().<RequestSigner>map(SigV4Signer::withDefaultCredentials)
                .orElse(RequestSigner.none());
        try {
            new ApiClient(options.url(), signer).send(ApiCall.get("/"));
            return null;
        } catch (ApiUnreachableException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : " " + cause.getMessage());
        }
    }

    private static void reportLeftovers(List<String> leftovers, PrintStream err) {
        if (leftovers.isEmpty()) return;
        err.println("cleanup: " + leftovers.size() + " could not be deleted:");
        leftovers.stream().limit(5).forEach(p -> err.println("cleanup:   " + p));
    }

    private static boolean writeReport(Options options, List<CaseResult> results, Instant started, RunIds ids, PrintStream err) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("url", options.url().toString());
        properties.put("run_id", ids.runId());
        properties.put("sigv4_region", options.sigv4Region().orElse(""));
        try {
            JUnitXmlReport.write(options.report(), results, started, properties);
            return true;
        } catch (IOException e) {
            err.println("cannot write the report " + options.report() + ": " + e.getMessage());
            return false;
        }
    }
}

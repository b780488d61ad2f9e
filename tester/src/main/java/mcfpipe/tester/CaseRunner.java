package mcfpipe.tester;

import java.time.Duration;
import mcfpipe.tester.plan.CaseContext;
import mcfpipe.tester.plan.CaseFailure;
import mcfpipe.tester.plan.TestCase;
import mcfpipe.tester.report.CaseResult;
import mcfpipe.tester.report.Outcome;

/** Runs one case and turns whatever it throws into a result, so one broken case never stops the plan. */
final class CaseRunner {
    private static final int MAX_MESSAGE = 1000;

    private CaseRunner() {}

    static CaseResult run(TestCase testCase, CaseContext ctx) {
        long start = System.nanoTime();
        Outcome outcome = Outcome.PASSED;
        String message = null;
        try {
            testCase.body().run(ctx);
        } catch (CaseFailure e) {
            outcome = Outcome.FAILED;
            message = e.getMessage();
        } catch (Exception e) {
            outcome = Outcome.ERROR;
            message = "error: " + e;
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        return new CaseResult(testCase.number(), testCase.name(), outcome, oneLine(message), took);
    }

    private static String oneLine(String message) {
        if (message == null) return null;
        String line = message.replaceAll("[\\r\\n]+", " ");
        return line.length() > MAX_MESSAGE ? line.substring(0, MAX_MESSAGE) + "..." : line;
    }
}

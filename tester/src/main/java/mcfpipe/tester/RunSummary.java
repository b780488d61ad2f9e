package mcfpipe.tester;

import java.util.List;
import mcfpipe.tester.report.CaseResult;

/** The outcome of a run: each case's result, how many the plan held, and what cleanup could not delete. */
public record RunSummary(List<CaseResult> results, int planned, List<String> cleanupProblems, boolean reportWritten) {
    public long passed() {
        return results.stream().filter(CaseResult::passed).count();
    }

    public long failed() {
        return results.size() - passed();
    }

    /** Every planned case ran and passed, and the report is on disk. */
    public boolean succeeded() {
        return failed() == 0 && results.size() == planned && reportWritten;
    }

    public String closingLine() {
        return passed() + " passed, " + failed() + " failed";
    }
}

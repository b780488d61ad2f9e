package mcfpipe.tester.report;

import java.time.Duration;

/** The result of one case; {@code message} is null when it passed. */
public record CaseResult(int number, String name, Outcome outcome, String message, Duration duration) {
    public boolean passed() {
        return outcome == Outcome.PASSED;
    }

    public String label() {
        return String.format("%02d %s", number, name);
    }

    /** The console line: {@code PASS 01 create job} or {@code FAIL 08 ...: why}. */
    public String line() {
        return passed() ? "PASS " + label() : "FAIL " + label() + ": " + message;
    }
}

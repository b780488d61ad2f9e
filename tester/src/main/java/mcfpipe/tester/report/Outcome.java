package mcfpipe.tester.report;

/** How a case ended: its checks held, one did not, or it broke in an unexpected way. */
public enum Outcome {
    PASSED, FAILED, ERROR
}

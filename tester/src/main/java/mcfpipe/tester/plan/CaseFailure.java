package mcfpipe.tester.plan;

/** A case's expectation did not hold; the message is the one line the report shows. */
public final class CaseFailure extends RuntimeException {
    public CaseFailure(String message) {
        super(message, null, false, false);
    }
}

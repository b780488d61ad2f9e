package mcfpipe.tester;

/** The command line cannot be run; the message is the one usage line to print. */
public final class UsageException extends Exception {
    public UsageException(String message) {
        super(message, null, false, false);
    }
}

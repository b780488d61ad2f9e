package mcfpipe.mcfparse.parse;

/**
 * A page that cannot be turned into records: empty, truncated, not the expected kind of page, in an
 * unknown charset, or with a value in a form the parser does not know. The message names the problem
 * and, where there is one, the data-testid hook that was missing or held the bad value.
 */
public class PageParseException extends RuntimeException {
    public PageParseException(String message) {
        super(message);
    }

    public PageParseException(String message, Throwable cause) {
        super(message, cause);
    }
}

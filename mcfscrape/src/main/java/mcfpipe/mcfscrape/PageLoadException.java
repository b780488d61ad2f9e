package mcfpipe.mcfscrape;

/** A page that did not load or settle: a timeout, a network error page, a browser error. Worth retrying. */
public final class PageLoadException extends RuntimeException {
    public PageLoadException(String message) {
        super(message);
    }
}

package mcfpipe.mcfscrape;

/** The browser of one scrape run: started on demand, replaced when it stops answering (a crashed tab or process). */
final class BrowserSession implements AutoCloseable {
    private final BrowserFactory factory;
    private Browser current;

    BrowserSession(BrowserFactory factory) {
        this.factory = factory;
    }

    Browser browser() {
        if (current == null) current = factory.open();
        return current;
    }

    /** After a failed attempt: keep a browser that still answers, drop one that does not. */
    void recoverAfter(RuntimeException failure) {
        if (current != null && !current.isResponsive()) {
            current.close();
            current = null;
        }
    }

    @Override
    public void close() {
        if (current != null) {
            current.close();
            current = null;
        }
    }
}

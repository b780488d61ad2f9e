package mcfpipe.mcfscrape;

import java.util.List;

/** Loads one page in the browser, politely paced and retried, and reads what the scraper needs from it. */
final class PageFetcher {
    private final BrowserSession session;
    private final Pacer pacer;
    private final Retry retry;
    private final PageWait wait;

    PageFetcher(BrowserSession session, Pacer pacer, Retry retry, PageWait wait) {
        this.session = session;
        this.pacer = pacer;
        this.retry = retry;
        this.wait = wait;
    }

    FetchedPage search(String url) throws Retry.FetchFailedException {
        return retry.run(() -> {
            Browser browser = load(url);
            PageState state = wait.searchResults(browser, url);
            if (state != PageState.CONTENT) return new FetchedPage(state, null, List.of());
            // links first: the page source is the last read, so both describe the same rendered DOM
            List<String> hrefs = browser.hrefs(FetchedPage.JOB_CARD_LINK);
            return new FetchedPage(state, browser.pageSource(), hrefs);
        }, session::recoverAfter);
    }

    FetchedPage job(String url) throws Retry.FetchFailedException {
        return retry.run(() -> {
            Browser browser = load(url);
            PageState state = wait.jobDetails(browser, url);
            String html = state == PageState.CONTENT ? browser.pageSource() : null;
            return new FetchedPage(state, html, List.of());
        }, session::recoverAfter);
    }

    private Browser load(String url) {
        try {
            pacer.awaitTurn();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PageLoadException("interrupted before loading " + url);
        }
        Browser browser = session.browser();
        browser.navigate(url);
        return browser;
    }
}

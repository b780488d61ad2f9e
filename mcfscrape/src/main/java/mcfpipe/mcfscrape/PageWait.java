package mcfpipe.mcfscrape;

import java.time.Duration;
import java.util.Locale;

/**
 * Waits for a loaded page to settle into a {@link PageState}. MCF is a React app: the document finishes
 * loading before the cards render, so the DOM is polled until the wanted element, an empty-result state or
 * a not-found state shows up. Not-found is recognised from the text so a 404 answers at once instead of
 * after the whole timeout.
 */
public final class PageWait {
    public static final String JOB_CARD = "[data-testid=job-card]";
    public static final String JOB_TITLE = "[data-testid=job-details-info-job-title]";

    private static final Duration POLL = Duration.ofMillis(100);

    // One round trip per poll: returns CONTENT, NO_RESULTS, NOT_FOUND, NET_ERROR <code>, or null (not settled).
    private static final String PROBE = """
            const wanted = arguments[0], searchPage = arguments[1];
            if (document.querySelector(wanted)) return 'CONTENT';
            const body = document.body;
            if (!body) return null;
            if (body.classList.contains('neterror')) {
              const code = document.querySelector('.error-code');
              return 'NET_ERROR ' + (code ? code.innerText : 'unknown');
            }
            const title = (document.title || '').toLowerCase();
            const text = (body.innerText || '').slice(0, 4000).toLowerCase();
            if (/\\b404\\b|not found/.test(title)
                || /\\b404\\b.{0,20}not found|page not found|page you are looking for|no longer available|could not be found|couldn't find (this|the) (job|page)|job (has been|was) removed/.test(text)) {
              return 'NOT_FOUND';
            }
            if (searchPage && document.readyState === 'complete'
                && /no (matching )?(jobs|results) (were )?found|\\b0 jobs? found|couldn't find any|no jobs match/.test(text)) {
              return 'NO_RESULTS';
            }
            return null;
            """;

    private final Duration timeout;

    public PageWait(Duration timeout) {
        this.timeout = timeout;
    }

    /** Waits for job cards, a no-results state or a not-found page. */
    public PageState searchResults(Browser browser, String url) {
        return await(browser, JOB_CARD, true, url, "job cards");
    }

    /** Waits for the job title or a not-found page. */
    public PageState jobDetails(Browser browser, String url) {
        return await(browser, JOB_TITLE, false, url, "job title");
    }

    private PageState await(Browser browser, String selector, boolean searchPage, String url, String what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Object probed = browser.script(PROBE, selector, searchPage);
            if (probed instanceof String s) {
                if (s.startsWith("NET_ERROR")) {
                    throw new PageLoadException("browser error page " + s.substring("NET_ERROR".length()).trim()
                            + " at " + url);
                }
                return PageState.valueOf(s.toUpperCase(Locale.ROOT));
            }
            if (System.nanoTime() >= deadline) {
                throw new PageLoadException("no " + what + " within " + timeout.toMillis() + " ms at " + url);
            }
            sleep(POLL);
        }
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PageLoadException("interrupted while waiting for a page");
        }
    }
}

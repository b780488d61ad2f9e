package mcfpipe.mcfscrape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How a loaded page is recognised, in real headless Chromium, on small pages written here in the shapes the
 * live site takes (late-rendered cards, an empty search, a job that is gone).
 */
class PageWaitTest {
    private static final String UUID_LATE = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
    private static final String UUID_GONE = "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb";
    private static final String UUID_BLANK = "cccccccccccccccccccccccccccccccc";

    @TempDir
    static Path pages;
    private static ReplayServer server;
    private static Browser browser;

    @BeforeAll
    static void start() throws IOException {
        write("search-cards-page0.html", "<title>Search</title><body><div data-testid=\"job-card\">"
                + "<a data-testid=\"job-card-link\" href=\"/job/it/dev-" + UUID_LATE + "?source=MCF\">Dev</a></div>"
                + "<a href=\"/elsewhere\">not a card</a></body>");
        write("search-none-page0.html", "<title>Search results</title><body><h2>No results found</h2>"
                + "<p>Try other keywords</p></body>");
        // React renders after the load event: the title appears only later
        write("job-late-" + UUID_LATE + ".html", "<title>Job</title><body><div id=\"root\">Loading</div><script>"
                + "setTimeout(() => { document.getElementById('root').innerHTML ="
                + " '<h1 data-testid=\"job-details-info-job-title\">Dev</h1>'; }, 400);</script></body>");
        write("job-gone-" + UUID_GONE + ".html", "<title>MyCareersFuture</title><body>"
                + "<p>This job is no longer available.</p></body>");
        write("job-blank-" + UUID_BLANK + ".html", "<title>MyCareersFuture</title><body><div id=\"root\"></div></body>");
        server = ReplayServer.start(pages);
        ScraperSettings settings = ScraperSettings.builder().bucket("b").queueUrl("q")
                .pageLoadTimeout(Duration.ofSeconds(20)).build();
        browser = new BrowserFactory(settings).open();
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.close();
        if (server != null) server.close();
    }

    private static void write(String name, String html) throws IOException {
        Files.writeString(pages.resolve(name), "<!DOCTYPE html><html><head><meta charset=\"utf-8\">" + html + "</html>",
                StandardCharsets.UTF_8);
    }

    private static PageState search(String keywords, Duration timeout) {
        String url = McfUrls.search(server.baseUrl(), keywords, 0);
        browser.navigate(url);
        return new PageWait(timeout).searchResults(browser, url);
    }

    private static PageState job(String uuid, Duration timeout) {
        String url = server.baseUrl() + "/job/x/y-" + uuid;
        browser.navigate(url);
        return new PageWait(timeout).jobDetails(browser, url);
    }

    @Test
    void cardsAreContentAndTheirLinksAreAbsolute() {
        assertEquals(PageState.CONTENT, search("cards", Duration.ofSeconds(5)));
        assertEquals(List.of(server.baseUrl() + "/job/it/dev-" + UUID_LATE + "?source=MCF"),
                browser.hrefs(FetchedPage.JOB_CARD_LINK));
    }

    @Test
    void anEmptySearchIsNoResults() {
        assertEquals(PageState.NO_RESULTS, search("none", Duration.ofSeconds(5)));
    }

    @Test
    void aMissingSearchPageIsNotFoundAtOnce() {
        long started = System.nanoTime();
        assertEquals(PageState.NOT_FOUND, search("never recorded", Duration.ofSeconds(30)));
        assertTrue(System.nanoTime() - started < Duration.ofSeconds(5).toNanos(), "not after the whole timeout");
    }

    @Test
    void aJobTitleRenderedLateIsWaitedFor() {
        assertEquals(PageState.CONTENT, job(UUID_LATE, Duration.ofSeconds(5)));
    }

    @Test
    void aJobThatIsNoLongerAvailableIsNotFound() {
        assertEquals(PageState.NOT_FOUND, job(UUID_GONE, Duration.ofSeconds(5)));
    }

    @Test
    void aJobPage404IsNotFound() {
        assertEquals(PageState.NOT_FOUND, job("dddddddddddddddddddddddddddddddd", Duration.ofSeconds(5)));
    }

    @Test
    void aPageThatNeverSettlesTimesOutNamingWhatWasAwaited() {
        PageLoadException e = assertThrows(PageLoadException.class, () -> job(UUID_BLANK, Duration.ofMillis(500)));
        assertTrue(e.getMessage().startsWith("no job title within 500 ms at http://127.0.0.1:"), e.getMessage());
    }

    @Test
    void theWindowHasTheDesktopSize() {
        search("cards", Duration.ofSeconds(5));
        assertEquals(1366L, browser.script("return window.outerWidth;"));
    }
}

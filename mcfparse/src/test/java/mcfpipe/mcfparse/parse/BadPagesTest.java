package mcfpipe.mcfparse.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Pages that must not parse, and pages in other charsets that must parse to the same records. */
class BadPagesTest {
    private static void assertMessage(PageParseException e, String... parts) {
        for (String part : parts) assertTrue(e.getMessage().contains(part), () -> "'" + part + "' not in: " + e.getMessage());
    }

    @Test
    void htmlPageWithNoCards() {
        String html = "<!DOCTYPE html><html><head><title>Search results</title></head><body>"
                + "<div data-testid=\"search-results-page-label\">0 jobs found</div>"
                + "<div data-testid=\"footer-component\">footer</div></body></html>";
        PageParseException e = assertThrows(PageParseException.class,
                () -> SearchPageParser.parse(html, Fixtures.FETCHED_AT, null));
        assertMessage(e, "search page has no job cards", "data-testid=job-card");
    }

    @Test
    void jobPageGivenToTheSearchParserHasNoCards() {
        PageParseException e = assertThrows(PageParseException.class,
                () -> SearchPageParser.parse(Fixtures.bytes(Fixtures.JOB_PAGE), null, Fixtures.FETCHED_AT, null));
        assertMessage(e, "search page has no job cards");
    }

    @Test
    void searchPageTruncatedInTheMiddle() {
        byte[] whole = Fixtures.bytes(Fixtures.SEARCH_PAGE);
        byte[] half = Arrays.copyOf(whole, whole.length / 2);
        PageParseException e = assertThrows(PageParseException.class,
                () -> SearchPageParser.parse(half, "UTF-8", Fixtures.FETCHED_AT, null));
        assertMessage(e, "search page is truncated", "data-testid=footer-component");
    }

    @Test
    void jobPageTruncatedBeforeTheTitle() {
        String whole = Fixtures.text(Fixtures.JOB_PAGE);
        int title = whole.indexOf("data-testid=\"job-details-info-job-title\"");
        assertTrue(title > 0);
        byte[] cut = whole.substring(0, whole.lastIndexOf('<', title)).getBytes(StandardCharsets.UTF_8);
        PageParseException e = assertThrows(PageParseException.class, () -> JobPageParser.parse(cut, "UTF-8", Fixtures.FETCHED_AT));
        assertMessage(e, "job page has no job title", "data-testid=job-details-info-job-title", "truncated or not a job page");
    }

    @Test
    void jobPageTruncatedAfterTheTitle() {
        String whole = Fixtures.text(Fixtures.JOB_PAGE);
        String cut = whole.substring(0, whole.indexOf("data-testid=\"description-content\""));
        PageParseException e = assertThrows(PageParseException.class, () -> JobPageParser.parse(cut, Fixtures.FETCHED_AT));
        assertMessage(e, "job page is truncated", "data-testid=footer-component");
    }

    @Test
    void searchPageGivenToTheJobParserHasNoTitle() {
        PageParseException e = assertThrows(PageParseException.class,
                () -> JobPageParser.parse(Fixtures.text(Fixtures.SEARCH_PAGE), Fixtures.FETCHED_AT));
        assertMessage(e, "job page has no job title");
    }

    @Test
    void emptyPages() {
        assertMessage(assertThrows(PageParseException.class,
                () -> SearchPageParser.parse(new byte[0], null, Fixtures.FETCHED_AT, null)), "search page is empty");
        assertMessage(assertThrows(PageParseException.class,
                () -> SearchPageParser.parse("", Fixtures.FETCHED_AT, null)), "search page is empty");
        assertMessage(assertThrows(PageParseException.class,
                () -> JobPageParser.parse(new byte[0], "UTF-8", Fixtures.FETCHED_AT)), "job page is empty");
        assertMessage(assertThrows(PageParseException.class,
                () -> JobPageParser.parse((String) null, Fixtures.FETCHED_AT)), "job page is empty");
        assertMessage(assertThrows(PageParseException.class,
                () -> JobPageParser.parse("  \n ", Fixtures.FETCHED_AT)), "job page is empty");
    }

    @Test
    void unknownCharsetIsNamed() {
        PageParseException e = assertThrows(PageParseException.class,
                () -> JobPageParser.parse(Fixtures.bytes(Fixtures.JOB_PAGE), "no-such-charset", Fixtures.FETCHED_AT));
        assertMessage(e, "unknown charset 'no-such-charset'");
    }

    @Test
    void windows1252PageIsDecodedFromItsMetaCharset() {
        Charset cp1252 = Charset.forName("windows-1252");
        String page = Fixtures.text(Fixtures.JOB_PAGE).replace("<meta charset=\"utf-8\">", "<meta charset=\"windows-1252\">");
        assertTrue(page.contains("windows-1252"));
        byte[] bytes = page.getBytes(cp1252); // "•" becomes the single byte 0x95, invalid as UTF-8
        JobPost post = JobPageParser.parse(bytes, null, Fixtures.FETCHED_AT);
        assertEquals(JobPageParserTest.DESCRIPTION, post.description());
        assertEquals("5624187c437fddd00296eecc783ed4cd", post.uuid());
    }

    @Test
    void windows1252PageReadAsUtf8WouldMangleTheText() {
        byte[] bytes = Fixtures.text(Fixtures.JOB_PAGE).getBytes(Charset.forName("windows-1252"));
        JobPost post = JobPageParser.parse(bytes, "UTF-8", Fixtures.FETCHED_AT);
        assertTrue(post.description().contains("\uFFFD Knowledge"), "the charset must matter to this test");
    }

    @Test
    void utf16PageWithItsCharset() {
        JobPost post = JobPageParser.parse(Fixtures.text(Fixtures.JOB_PAGE).getBytes(StandardCharsets.UTF_16), "UTF-16", Fixtures.FETCHED_AT);
        assertEquals(JobPageParser.parse(Fixtures.bytes(Fixtures.JOB_PAGE), null, Fixtures.FETCHED_AT), post);
        SearchPage search = SearchPageParser.parse(Fixtures.text(Fixtures.SEARCH_PAGE).getBytes(StandardCharsets.UTF_16LE), "UTF-16LE",
                Fixtures.FETCHED_AT, null);
        assertEquals(SearchPageParser.parse(Fixtures.bytes(Fixtures.SEARCH_PAGE), null, Fixtures.FETCHED_AT, null), search);
    }
}

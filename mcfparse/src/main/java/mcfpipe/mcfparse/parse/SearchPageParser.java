package mcfpipe.mcfparse.parse;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Parses an MCF search-results page into its job cards and the header's total. Pure: no I/O. */
public final class SearchPageParser {
    private SearchPageParser() {}

    private static final String KIND = "search";
    private static final String TOTAL = "search-results-page-label";

    /**
     * @param html      the page as stored
     * @param fetchedAt when the page was fetched: "Posted 3 days ago" resolves against it
     * @param baseUrl   the page's URL, for resolving job links; null for the MCF site
     * @throws PageParseException if the page is empty, truncated, has no job cards or holds a value in an unknown form
     */
    public static SearchPage parse(String html, Instant fetchedAt, String baseUrl) {
        Objects.requireNonNull(fetchedAt, "fetchedAt");
        return parse(HtmlDocuments.fromText(html, baseUrl, KIND), fetchedAt, baseUrl);
    }

    /**
     * @param charset the charset the page was stored in (e.g. from its Content-Type); null to detect it from a
     *                byte-order mark or the page's {@code <meta charset>}, else UTF-8
     */
    public static SearchPage parse(byte[] html, String charset, Instant fetchedAt, String baseUrl) {
        Objects.requireNonNull(fetchedAt, "fetchedAt");
        return parse(HtmlDocuments.fromBytes(html, charset, baseUrl, KIND), fetchedAt, baseUrl);
    }

    private static SearchPage parse(Document doc, Instant fetchedAt, String baseUrl) {
        List<Element> cardElements = doc.getElementsByAttributeValue(TestIds.ATTR, JobCardReader.CARD);
        if (cardElements.isEmpty()) {
            throw new PageParseException("search page has no job cards (data-testid=" + JobCardReader.CARD + ")");
        }
        PageCompleteness.requireFooter(doc, KIND, "the job cards");
        Element total = doc.getElementsByAttributeValue(TestIds.ATTR, TOTAL).first();
        Integer totalJobs = total == null ? null
                : Counts.leadingOrNull(total.text(), "search page total (data-testid=" + TOTAL + ")");
        List<JobCard> cards = new ArrayList<>(cardElements.size());
        for (int i = 0; i < cardElements.size(); i++) {
            cards.add(JobCardReader.read(cardElements.get(i), i, fetchedAt, baseUrl));
        }
        return new SearchPage(totalJobs, cards);
    }
}

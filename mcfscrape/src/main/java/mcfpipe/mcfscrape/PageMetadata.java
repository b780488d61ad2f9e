package mcfpipe.mcfscrape;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import mcfpipe.storage.raw.RawPage;

/** The S3 user metadata of a raw page, as the parser expects it (see {@link RawPage}). */
final class PageMetadata {
    private PageMetadata() {}

    static Map<String, String> of(RawPage.Kind kind, String sourceUrl, Instant fetchedAt, String keywords,
            int pageNumber, String userId) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(RawPage.META_SOURCE_URL, sourceUrl);
        // whole seconds: enough to resolve "Posted 3 days ago", and a stable, readable stamp
        m.put(RawPage.META_FETCHED_AT, fetchedAt.truncatedTo(ChronoUnit.SECONDS).toString());
        m.put(RawPage.META_PAGE_KIND, kind.value());
        m.put(RawPage.META_SEARCH_KEYWORDS, keywords);
        m.put(RawPage.META_PAGE_NUMBER, Integer.toString(pageNumber));
        m.put(RawPage.META_USER_ID, userId);
        m.replaceAll((name, value) -> RawPage.encodeMetaValue(value));
        return m;
    }
}

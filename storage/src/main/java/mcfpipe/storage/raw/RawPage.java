package mcfpipe.storage.raw;

/**
 * The contract between the scraper and the parser: how a fetched page is stored in S3 and named in SQS.
 * The scraper writes the HTML bytes with these user-metadata keys and then sends a {@link PageMessage};
 * the parser reads nothing else, so parsing never needs the network.
 */
public final class RawPage {
    private RawPage() {}

    /** Prefix of every raw page object. */
    public static final String PREFIX = "raw/";

    /** User-metadata keys (S3 stores them as x-amz-meta-*, lower case). */
    public static final String META_SOURCE_URL = "source-url";
    /** ISO-8601 instant, e.g. 2026-04-15T05:41:00Z: relative dates on the page resolve against it. */
    public static final String META_FETCHED_AT = "fetched-at";
    /** {@link Kind#value()}. */
    public static final String META_PAGE_KIND = "page-kind";
    public static final String META_SEARCH_KEYWORDS = "search-keywords";
    public static final String META_PAGE_NUMBER = "page-number";
    /** The user whose search fetched the page; job_search rows are written for this user. */
    public static final String META_USER_ID = "user-id";

    public static final String CONTENT_TYPE = "text/html; charset=UTF-8";

    public enum Kind {
        SEARCH("search"), JOB("job");

        private final String value;

        Kind(String value) { this.value = value; }

        public String value() { return value; }

        public static Kind of(String value) {
            for (Kind k : values()) {
                if (k.value.equals(value)) return k;
            }
            throw new IllegalArgumentException("unknown page kind '" + value + "' (expected search or job)");
        }
    }

    /** Key of a job page: one object per MCF job uuid, so a stored job page is never fetched twice. */
    public static String jobKey(String jobUuid) {
        return PREFIX + "job/" + jobUuid + ".html";
    }

    /**
     * Key of a search page. Content-addressed (sha256 prefix of the HTML) so the same rendered page is stored
     * and parsed once, and a changed result list is a new object.
     */
    public static String searchKey(String keywordsSlug, int page, String contentSha256) {
        return PREFIX + "search/" + keywordsSlug + "/page-" + page + "-" + contentSha256.substring(0, 16) + ".html";
    }

    /** Lower-case, dash-separated form of search keywords for use in a key. */
    public static String slug(String keywords) {
        String s = keywords.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return s.isEmpty() ? "all" : s;
    }
}

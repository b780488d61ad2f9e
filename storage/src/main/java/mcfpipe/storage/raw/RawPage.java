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

    /** Object tag set once a page's message is sent: a stored page without it was never queued. */
    public static final String QUEUED_TAG = "mcfpipe-queued";

    /**
     * A metadata value as S3 can carry it: metadata travels in HTTP headers, which hold ASCII only, so a value with
     * anything else (a user id or keywords in Chinese, an accent) is sent as an RFC 2047 encoded word,
     * {@code =?UTF-8?B?<base64>?=}, the form S3 itself uses for such values. ASCII values are sent as they are.
     */
    public static String encodeMetaValue(String value) {
        if (value == null || value.chars().allMatch(c -> c >= 0x20 && c < 0x7f) && !value.startsWith("=?")) return value;
        return "=?UTF-8?B?" + java.util.Base64.getEncoder().encodeToString(value.getBytes(java.nio.charset.StandardCharsets.UTF_8)) + "?=";
    }

    /** The value {@link #encodeMetaValue} was given; a value that is not an encoded word is returned as it is. */
    public static String decodeMetaValue(String value) {
        if (value == null || !value.regionMatches(true, 0, "=?UTF-8?B?", 0, 10) || !value.endsWith("?=")) return value;
        try {
            return new String(java.util.Base64.getDecoder().decode(value.substring(10, value.length() - 2)),
                    java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return value;
        }
    }

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

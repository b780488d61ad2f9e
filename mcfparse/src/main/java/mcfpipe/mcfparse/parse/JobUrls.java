package mcfpipe.mcfparse.parse;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Job links: the absolute URL without its query, and MCF's job uuid (the last 32 hex characters of the path). */
public final class JobUrls {
    private JobUrls() {}

    /** Where relative links point when the caller gives no base URL. */
    public static final String SITE = "https://www.mycareersfuture.gov.sg";

    private static final Pattern UUID_AT_END = Pattern.compile("([0-9a-fA-F]{32})/?$");

    /** The absolute form of {@code href} against {@code baseUrl} (or {@link #SITE}), with query and fragment dropped. */
    public static String absolute(String href, String baseUrl) {
        if (href == null || href.isBlank()) throw new PageParseException("job link is empty");
        try {
            URI base = new URI(baseUrl == null || baseUrl.isBlank() ? SITE : baseUrl.strip());
            URI u = base.resolve(new URI(href.strip()));
            if (u.getScheme() == null || u.getRawAuthority() == null) {
                throw new PageParseException("job link '" + href + "' is not absolute against base '" + baseUrl + "'");
            }
            return new URI(u.getScheme(), u.getRawAuthority(), null, null, null).toString() + u.getRawPath();
        } catch (URISyntaxException e) {
            throw new PageParseException("job link '" + href + "' is not a valid URL: " + e.getMessage(), e);
        }
    }

    /**
     * The job uuid: the last 32 hex characters of the URL path, lower-cased. The rest of the slug is never
     * read (for agency posts it names the hiring company, not the agency).
     */
    public static String uuid(String url) {
        String path = url;
        int cut = indexOfAny(path, '?', '#');
        if (cut >= 0) path = path.substring(0, cut);
        Matcher m = UUID_AT_END.matcher(path);
        if (!m.find()) throw new PageParseException("job link '" + url + "' does not end in a 32-hex job uuid");
        return m.group(1).toLowerCase(Locale.ROOT);
    }

    /** MCF's uuid of a job post id: md5 of "MCF-2026-0521403", in lower-case hex. */
    public static String uuidOfMcfRef(String mcfRef) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(mcfRef.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is missing from this JVM", e);
        }
    }

    private static int indexOfAny(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        if (i < 0) return j;
        return j < 0 ? i : Math.min(i, j);
    }
}

package mcfpipe.mcfscrape;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** MCF's URL shapes: the search page to open, and the job uuid at the end of a job link. */
public final class McfUrls {
    private McfUrls() {}

    /** The uuid is the last 32 hex characters of the path; the slug before it is never trusted. */
    private static final Pattern TRAILING_UUID = Pattern.compile("([0-9a-fA-F]{32})/?$");

    /** {base}/search?search=..&sortBy=new_posting_date&page=N: newest first, so new posts come first. */
    public static String search(String baseUrl, String keywords, int page) {
        String q = URLEncoder.encode(keywords, StandardCharsets.UTF_8).replace("+", "%20");
        return baseUrl + "/search?search=" + q + "&sortBy=new_posting_date&page=" + page;
    }

    /** The uuid at the end of a URL path, lower case, if there is one. */
    public static Optional<String> uuidOfPath(String path) {
        if (path == null) return Optional.empty();
        Matcher m = TRAILING_UUID.matcher(path);
        return m.find() ? Optional.of(m.group(1).toLowerCase(Locale.ROOT)) : Optional.empty();
    }

    /** A card's absolute href as a job link (query and fragment dropped), or empty if it names no job. */
    public static Optional<JobLink> jobLink(String absoluteHref) {
        URI uri;
        try {
            uri = new URI(absoluteHref);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        if (uri.getScheme() == null || uri.getRawAuthority() == null) return Optional.empty();
        String url = uri.getScheme() + "://" + uri.getRawAuthority() + uri.getRawPath();
        return uuidOfPath(uri.getPath()).map(uuid -> new JobLink(url, uuid));
    }
}

package mcfpipe.tester;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * What to test and how: the API base URL (--url or DB_API_URL), the SigV4 region if requests must be signed
 * (--sigv4 or TESTER_SIGV4_REGION, as the Fargate task sets them), and where the JUnit XML report goes.
 */
public record Options(URI url, Optional<String> sigv4Region, Path report) {
    public static final String URL_VARIABLE = "DB_API_URL";
    public static final String REGION_VARIABLE = "TESTER_SIGV4_REGION";
    public static final Path DEFAULT_REPORT = Path.of("tester-report.xml");
    public static final String USAGE = "usage: java -jar tester.jar --url URL [--sigv4 REGION] [--report FILE]"
            + " (or set " + URL_VARIABLE + ", " + REGION_VARIABLE + ")";

    public static Options parse(String[] args, Map<String, String> env) throws UsageException {
        String url = blankToNull(env.get(URL_VARIABLE));
        String region = blankToNull(env.get(REGION_VARIABLE));
        String report = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            String value;
            if (arg.contains("=")) {
                value = arg.substring(arg.indexOf('=') + 1);
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                throw new UsageException(USAGE + ": " + arg + " needs a value");
            }
            switch (name) {
                case "--url" -> url = value;
                case "--sigv4" -> region = value;
                case "--report" -> report = value;
                default -> throw new UsageException(USAGE + ": unknown option " + name);
            }
        }
        if (url == null) throw new UsageException(USAGE + ": no URL given");
        if (region != null && region.isBlank()) throw new UsageException(USAGE + ": --sigv4 needs a region");
        return new Options(parseUrl(url), Optional.ofNullable(region),
                report == null ? DEFAULT_REPORT : Path.of(report));
    }

    private static URI parseUrl(String text) throws UsageException {
        try {
            URI uri = new URI(text);
            boolean web = "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
            if (!web || uri.getHost() == null) throw new UsageException(USAGE + ": not an http(s) URL: " + text);
            if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
                throw new UsageException(USAGE + ": the URL may not carry a query or fragment: " + text);
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new UsageException(USAGE + ": not a URL: " + text);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}

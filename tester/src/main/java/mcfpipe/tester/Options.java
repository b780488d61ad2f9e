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

    /** What --help prints. */
    public static final String HELP = USAGE + "\n"
            + "Runs the Database API test plan against URL, cleans up what it created, prints a line per case and\n"
            + "'N passed, N failed', writes a JUnit XML report; exit 0 when all passed, 1 on a failure, 2 on bad usage.\n"
            + "  --url URL         the API's base URL (default: $" + URL_VARIABLE + ")\n"
            + "  --sigv4 REGION    sign requests with SigV4 for an API behind IAM authorisation, credentials from the\n"
            + "                    default chain (default: $" + REGION_VARIABLE + "; unsigned when neither is set)\n"
            + "  --report FILE     the JUnit XML report (default: " + DEFAULT_REPORT + ")\n"
            + "  -h, --help        this text";

    /** True when the arguments ask for help rather than a run. */
    public static boolean wantsHelp(String[] args) {
        for (String arg : args) {
            if (arg.equals("--help") || arg.equals("-h")) return true;
        }
        return false;
    }

    public static Options parse(String[] args, Map<String, String> env) throws UsageException {
        String url = blankToNull(env.get(URL_VARIABLE));
        String region = blankToNull(env.get(REGION_VARIABLE));
        String report = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            if (!name.equals("--url") && !name.equals("--sigv4") && !name.equals("--report")) {
                throw new UsageException(USAGE + ": unknown option " + name);
            }
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
                default -> report = value;
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

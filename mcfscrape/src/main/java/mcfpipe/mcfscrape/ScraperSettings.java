package mcfpipe.mcfscrape;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * Everything a scrape run can be tuned by. Build with {@link #builder()}: the defaults are the polite live
 * settings; tests and replays shorten the delays and timeouts and may fix the clock.
 *
 * @param baseUrl              the site root, e.g. https://www.mycareersfuture.gov.sg or a replay server
 * @param delayBetweenRequests least time between two page loads, so the live site is not hammered
 * @param maxRetries           extra attempts after a failed page load (0 = one attempt only)
 * @param retryBackoff         wait before the first retry; doubles for each further retry
 * @param pageLoadTimeout      how long one navigation may take
 * @param cardWaitTimeout      how long to wait for the rendered content (cards, job title) after loading
 * @param maxPages             upper bound on the search pages of one scrape, whatever the caller asks
 * @param maxJobPagesPerRun    upper bound on job pages fetched by one scrape
 * @param chromiumBinary       the Chromium executable
 * @param chromedriverPath     the chromedriver executable matching it
 * @param headless             run without a window (always, except when debugging by hand)
 * @param clock                stamps the fetched-at metadata; a replay fixes it at the capture time
 * @param bucket               S3 bucket of the raw pages
 * @param queueUrl             SQS queue that gets one message per stored page
 */
public record ScraperSettings(
        String baseUrl,
        Duration delayBetweenRequests,
        int maxRetries,
        Duration retryBackoff,
        Duration pageLoadTimeout,
        Duration cardWaitTimeout,
        int maxPages,
        int maxJobPagesPerRun,
        Path chromiumBinary,
        Path chromedriverPath,
        boolean headless,
        Clock clock,
        String bucket,
        String queueUrl) {

    public static final String DEFAULT_BASE_URL = "https://www.mycareersfuture.gov.sg";
    public static final String CHROMIUM_VARIABLE = "MCFPIPE_CHROMIUM";
    public static final String CHROMEDRIVER_VARIABLE = "MCFPIPE_CHROMEDRIVER";
    public static final Path DEFAULT_CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path DEFAULT_CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    public ScraperSettings {
        requireText(baseUrl, "baseUrl");
        baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        requireNotNegative(delayBetweenRequests, "delayBetweenRequests");
        requireNotNegative(retryBackoff, "retryBackoff");
        requirePositive(pageLoadTimeout, "pageLoadTimeout");
        requirePositive(cardWaitTimeout, "cardWaitTimeout");
        if (maxRetries < 0) throw new IllegalArgumentException("maxRetries must be 0 or more, was " + maxRetries);
        if (maxPages < 1) throw new IllegalArgumentException("maxPages must be 1 or more, was " + maxPages);
        if (maxJobPagesPerRun < 0) {
            throw new IllegalArgumentException("maxJobPagesPerRun must be 0 or more, was " + maxJobPagesPerRun);
        }
        Objects.requireNonNull(chromiumBinary, "chromiumBinary must be set");
        Objects.requireNonNull(chromedriverPath, "chromedriverPath must be set");
        Objects.requireNonNull(clock, "clock must be set");
        requireText(bucket, "bucket");
        requireText(queueUrl, "queueUrl");
    }

    /** A builder with the live defaults; browser paths from MCFPIPE_CHROMIUM / MCFPIPE_CHROMEDRIVER when set. */
    public static Builder builder() {
        return builder(System.getenv());
    }

    /** As {@link #builder()}, reading the browser paths from the given environment. */
    public static Builder builder(Map<String, String> env) {
        return new Builder(env);
    }

    /** A builder holding these settings, to change a few. */
    public Builder toBuilder() {
        Builder b = new Builder(Map.of());
        b.baseUrl = baseUrl;
        b.delayBetweenRequests = delayBetweenRequests;
        b.maxRetries = maxRetries;
        b.retryBackoff = retryBackoff;
        b.pageLoadTimeout = pageLoadTimeout;
        b.cardWaitTimeout = cardWaitTimeout;
        b.maxPages = maxPages;
        b.maxJobPagesPerRun = maxJobPagesPerRun;
        b.chromiumBinary = chromiumBinary;
        b.chromedriverPath = chromedriverPath;
        b.headless = headless;
        b.clock = clock;
        b.bucket = bucket;
        b.queueUrl = queueUrl;
        return b;
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) throw new IllegalArgumentException(name + " must be set");
    }

    private static void requireNotNegative(Duration d, String name) {
        if (d == null || d.isNegative()) throw new IllegalArgumentException(name + " must be zero or more, was " + d);
    }

    private static void requirePositive(Duration d, String name) {
        if (d == null || d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be more than zero, was " + d);
        }
    }

    public static final class Builder {
        private String baseUrl = DEFAULT_BASE_URL;
        private Duration delayBetweenRequests = Duration.ofMillis(1500);
        private int maxRetries = 2;
        private Duration retryBackoff = Duration.ofSeconds(2);
        private Duration pageLoadTimeout = Duration.ofSeconds(30);
        private Duration cardWaitTimeout = Duration.ofSeconds(15);
        private int maxPages = 20;
        private int maxJobPagesPerRun = 500;
        private Path chromiumBinary;
        private Path chromedriverPath;
        private boolean headless = true;
        private Clock clock = Clock.systemUTC();
        private String bucket;
        private String queueUrl;

        private Builder(Map<String, String> env) {
            chromiumBinary = pathFrom(env, CHROMIUM_VARIABLE, DEFAULT_CHROMIUM);
            chromedriverPath = pathFrom(env, CHROMEDRIVER_VARIABLE, DEFAULT_CHROMEDRIVER);
        }

        private static Path pathFrom(Map<String, String> env, String variable, Path fallback) {
            String value = env.get(variable);
            return value == null || value.isBlank() ? fallback : Path.of(value);
        }

        public Builder baseUrl(String v) { baseUrl = v; return this; }
        public Builder delayBetweenRequests(Duration v) { delayBetweenRequests = v; return this; }
        public Builder maxRetries(int v) { maxRetries = v; return this; }
        public Builder retryBackoff(Duration v) { retryBackoff = v; return this; }
        public Builder pageLoadTimeout(Duration v) { pageLoadTimeout = v; return this; }
        public Builder cardWaitTimeout(Duration v) { cardWaitTimeout = v; return this; }
        public Builder maxPages(int v) { maxPages = v; return this; }
        public Builder maxJobPagesPerRun(int v) { maxJobPagesPerRun = v; return this; }
        public Builder chromiumBinary(Path v) { chromiumBinary = v; return this; }
        public Builder chromedriverPath(Path v) { chromedriverPath = v; return this; }
        public Builder headless(boolean v) { headless = v; return this; }
        public Builder clock(Clock v) { clock = v; return this; }
        public Builder bucket(String v) { bucket = v; return this; }
        public Builder queueUrl(String v) { queueUrl = v; return this; }

        public ScraperSettings build() {
            return new ScraperSettings(baseUrl, delayBetweenRequests, maxRetries, retryBackoff, pageLoadTimeout,
                    cardWaitTimeout, maxPages, maxJobPagesPerRun, chromiumBinary, chromedriverPath, headless, clock,
                    bucket, queueUrl);
        }
    }
}

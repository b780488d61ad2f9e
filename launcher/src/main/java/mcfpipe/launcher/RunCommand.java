package mcfpipe.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import mcfpipe.mcfscrape.ScraperSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ./mcfpipe run}: scrape, store raw pages, queue, parse, write DynamoDB; ends with one summary line. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Scrape MCF (or replay recorded pages), queue, parse and store the jobs locally.")
final class RunCommand implements Callable<Integer> {
    @Option(names = "--replay", paramLabel = "DIR", description = "Replay the recorded MCF pages in DIR instead of the live site.")
    Path replay;

    @Option(names = "--captured-at", paramLabel = "INSTANT",
            description = "With --replay: when the pages were captured (e.g. 2026-04-15T05:41:00Z), for relative dates. "
                    + "Default: the day a job recorded both as a card and as a page gives, else the newest file time in DIR.")
    String capturedAt;

    @Option(names = "--search", paramLabel = "WORDS", defaultValue = "engineer", description = "Search keywords (default: ${DEFAULT-VALUE}).")
    String search;

    @Option(names = "--pages", paramLabel = "N", defaultValue = "1", description = "Result pages to scrape, 20 jobs each (default: ${DEFAULT-VALUE}).")
    int pages;

    @Option(names = "--user", paramLabel = "ID", defaultValue = "demo", description = "The user whose search this is (default: ${DEFAULT-VALUE}).")
    String user;

    @Option(names = "--base-url", paramLabel = "URL", defaultValue = ScraperSettings.DEFAULT_BASE_URL, description = "The live site (default: ${DEFAULT-VALUE}).")
    String baseUrl;

    @Option(names = "--delay-ms", paramLabel = "MS", description = "Least time between two page loads (default: 1500 live, 0 replay).")
    Long delayMs;

    @Mixin
    DataDirOption data;

    @Mixin
    DeployedOptions deployed;

    @Option(names = "--bucket", paramLabel = "NAME", description = "With --aws: the webscraper stack's raw-pages bucket (its output BucketName).")
    String bucket;

    @Option(names = "--queue-url", paramLabel = "URL", description = "With --aws: the webscraper stack's pages queue (its output QueueUrl).")
    String queueUrl;

    @Override
    public Integer call() {
        String problem = deployed.problem();
        if (problem != null) return fail(problem);
        if (deployed.aws && (bucket == null || queueUrl == null)) return fail("--aws needs --bucket and --queue-url (the webscraper stack's outputs)");
        if (!deployed.aws && (bucket != null || queueUrl != null)) return fail("--bucket and --queue-url need --aws");
        if (pages < 1) return fail("--pages must be 1 or more, was " + pages);
        if (search.isBlank()) return fail("--search must not be empty");
        if (user.isBlank()) return fail("--user must not be empty");
        if (delayMs != null && delayMs < 0) return fail("--delay-ms must be 0 or more, was " + delayMs);
        Instant captured = null;
        if (replay != null) {
            if (!Files.isDirectory(replay)) return fail("--replay " + replay + " is not a folder of recorded pages");
            String missing = RecordedPages.missingSearch(replay, search);
            if (missing != null) return fail(missing);
            try {
                if (capturedAt != null) {
                    captured = Instant.parse(capturedAt);
                } else {
                    RecordedPages.CaptureTime found = RecordedPages.capturedAt(replay);
                    System.err.println("mcfpipe: pages captured at " + found.at() + " (" + found.how() + ")");
                    captured = found.at();
                }
            } catch (DateTimeParseException e) {
                return fail("--captured-at '" + capturedAt + "' is not an ISO-8601 instant such as 2026-04-15T05:41:00Z");
            }
        } else if (!LocalRun.reachable(baseUrl)) {
            return fail("cannot reach " + baseUrl + " (no network?): run offline on recorded pages with --replay DIR,"
                    + " e.g. ./mcfpipe run --replay ../shared/fixtures/mcf");
        }
        long delay = delayMs != null ? delayMs : replay != null ? 0 : 1500;
        RunOptions options = new RunOptions(replay, captured, baseUrl, search, pages, user, data.path(), delay);
        RunSummary summary;
        if (deployed.aws) {
            try (DeployedStage stage = new DeployedStage(deployed.stage, deployed.endpoint)) {
                summary = new LocalRun(System.err).run(options, stage, bucket, queueUrl);
            } catch (IllegalStateException e) {
                return fail(e.getMessage());
            }
        } else {
            summary = new LocalRun(System.err).run(options);
        }
        System.out.println(summary.line());
        return summary.failed() > 0 || summary.dlq() > 0 ? 1 : 0;
    }

    private static int fail(String message) {
        System.err.println("mcfpipe: " + message);
        return 2;
    }
}

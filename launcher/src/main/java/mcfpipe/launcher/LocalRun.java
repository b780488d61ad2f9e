package mcfpipe.launcher;

import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import mcfpipe.jobdb.LocalContext;
import mcfpipe.jobmatch.DemoSeed;
import mcfpipe.mcfparse.ParsePagesHandler;
import mcfpipe.mcfparse.ParseStats;
import mcfpipe.mcfscrape.ReplayServer;
import mcfpipe.mcfscrape.ScrapeReport;
import mcfpipe.mcfscrape.Scraper;
import mcfpipe.mcfscrape.ScraperSettings;
import mcfpipe.storage.store.Page;

/**
 * One local run of the jobs-search flow, the same code as on AWS: scrape (live or replayed) into S3 and SQS,
 * drain the queue through the parser handler into DynamoDB, then count what is stored.
 */
final class LocalRun {
    /** Seconds before a failed page message is received again; AWS uses minutes, a local run need not wait. */
    static final int VISIBILITY_SECONDS = 1;

    private final Progress progress;

    LocalRun(PrintStream log) {
        this.progress = new Progress(log);
    }

    RunSummary run(RunOptions o) {
        progress.begin("standins", "starting local DynamoDB, SQS and S3" + (o.dataDir() == null ? " (in memory)" : " (data in " + o.dataDir() + ")"));
        try (LocalCloud cloud = LocalCloud.start(o.dataDir(), VISIBILITY_SECONDS)) {
            int seeded = DemoSeed.ensure(cloud.store);
            if (seeded > 0) {
                progress.say("created the demo user '" + DemoSeed.USER_ID + "' with an engineering track, its search config"
                        + " and a starter keyword library (" + seeded + " items)");
            }
            ScrapeReport report;
            if (o.replayDir() != null) {
                try (ReplayServer replay = ReplayServer.start(o.replayDir())) {
                    progress.begin("scrape", "scraping recorded pages of " + o.replayDir() + " through headless Chromium");
                    report = scrape(cloud, replay.baseUrl(), Clock.fixed(o.capturedAt(), ZoneOffset.UTC), o);
                }
            } else {
                progress.begin("scrape", "scraping " + o.liveBaseUrl() + " for '" + o.search() + "' through headless Chromium");
                report = scrape(cloud, o.liveBaseUrl(), Clock.systemUTC(), o);
            }
            progress.say("scraped: " + report.pagesStored() + " new pages stored, " + report.jobLinks() + " job links, "
                    + report.missing().size() + " missing, " + report.failed().size() + " failed");

            progress.begin("parse", "parsing queued pages into DynamoDB");
            ParseStats stats = new ParseStats();
            ParsePagesHandler handler = new ParsePagesHandler(cloud.s3, cloud.store, stats);
            new QueueDrainer(cloud.sqs, cloud.queueUrl).drain(handler, new LocalContext("local-run"), Duration.ofMinutes(10));
            Path deadLetterFile = (o.dataDir() == null ? Path.of(System.getProperty("java.io.tmpdir")) : o.dataDir())
                    .resolve("dead-letters.jsonl");
            int dlq = DeadLetters.moveToFile(cloud.sqs, cloud.dlqUrl, deadLetterFile);
            if (dlq > 0) progress.say(dlq + " page message(s) ended in the dead-letter queue; saved to " + deadLetterFile);

            progress.begin("count", "counting stored jobs");
            long jobs = countJobs(cloud);
            progress.end();
            progress.say("timings: " + progress.timings());
            return new RunSummary(report.pagesStored(), report.jobLinks(), stats.jobPages.get(), jobs,
                    report.missing().size(), report.failed().size(), dlq);
        }
    }

    private ScrapeReport scrape(LocalCloud cloud, String baseUrl, Clock clock, RunOptions o) {
        ScraperSettings settings = ScraperSettings.builder()
                .baseUrl(baseUrl)
                .delayBetweenRequests(Duration.ofMillis(o.delayMillis()))
                .clock(clock)
                .bucket(LocalCloud.BUCKET)
                .queueUrl(cloud.queueUrl)
                .build();
        return new Scraper(settings, cloud.s3, cloud.sqs).scrape(o.search(), o.pages(), o.userId());
    }

    private static long countJobs(LocalCloud cloud) {
        long n = 0;
        String next = null;
        do {
            Page page = cloud.store.scan("job", 1000, next);
            n += page.items().size();
            next = page.next();
        } while (next != null);
        return n;
    }

    /** True when the live site answers a TCP connect within a few seconds. */
    static boolean reachable(String baseUrl) {
        URI u = URI.create(baseUrl);
        int port = u.getPort() > 0 ? u.getPort() : "http".equals(u.getScheme()) ? 80 : 443;
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(u.getHost(), port), 5000);
            return true;
        } catch (Exception e) {
            return false;
        }
    }
}

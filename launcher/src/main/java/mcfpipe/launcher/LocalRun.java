package mcfpipe.launcher;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;
import mcfpipe.jobdb.LocalContext;
import mcfpipe.jobmatch.DemoSeed;
import mcfpipe.mcfparse.ParsePagesHandler;
import mcfpipe.mcfparse.ParseStats;
import mcfpipe.mcfscrape.ReplayServer;
import mcfpipe.mcfscrape.ScrapeReport;
import mcfpipe.mcfscrape.Scraper;
import mcfpipe.mcfscrape.ScraperSettings;
import mcfpipe.mcfscrape.StoredPages;
import mcfpipe.storage.Json;
import mcfpipe.storage.store.ItemKey;
import mcfpipe.storage.store.Page;
import mcfpipe.storage.store.TableStore;
import mcfpipe.storage.validate.ConflictException;
import software.amazon.awssdk.services.sqs.model.Message;

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

    /** A run over the local stand-ins: starts them over the data folder and seeds the demo user first. */
    RunSummary run(RunOptions o) {
        progress.begin("standins", "starting local DynamoDB, SQS and S3" + (o.dataDir() == null ? " (in memory)" : " (data in " + o.dataDir() + ")"));
        try (LocalCloud cloud = LocalCloud.start(o.dataDir(), VISIBILITY_SECONDS)) {
            int seeded = DemoSeed.ensure(cloud.store);
            if (seeded > 0) {
                progress.say("created the demo user '" + DemoSeed.USER_ID + "' with an engineering track, its search config"
                        + " and a starter keyword library (" + seeded + " items)");
            }
            if (ensureUser(cloud.store, o.userId())) {
                progress.say("created the user '" + o.userId() + "' (no track yet: add one to score their jobs with ./mcfpipe match)");
            }
            Path deadLetterFile = (o.dataDir() == null ? Path.of(System.getProperty("java.io.tmpdir")) : o.dataDir())
                    .resolve("dead-letters.jsonl");
            // the local queue lives in memory: pages an earlier run stored but did not finish are queued again
            PageLedger ledger = o.dataDir() == null ? null : PageLedger.open(o.dataDir().resolve("pages-done.txt"));
            if (ledger != null) resume(cloud.target(), ledger);
            return scrapeAndParse(cloud.target(), o, deadLetterFile, ledger);
        }
    }

    /**
     * A run into a deployed stage's bucket, queue and tables, with this process playing the parser Lambda. Nothing
     * is seeded, and dead letters stay in the stage's dead-letter queue (counted, not moved).
     */
    RunSummary run(RunOptions o, DeployedStage stage, String bucket, String queueUrl) {
        progress.begin("connect", "using the bucket " + bucket + " and queue " + queueUrl + " of " + stage.describe());
        return scrapeAndParse(stage.target(bucket, queueUrl), o, null, null);
    }

    /** Queues again every stored page that no run finished (a run that crashed, or was stopped, before parsing it). */
    private void resume(RunTarget target, PageLedger ledger) {
        List<String> unfinished = ledger.unfinished(target.s3(), target.bucket());
        if (unfinished.isEmpty()) return;
        StoredPages stored = new StoredPages(target.s3(), target.sqs(), target.bucket(), target.queueUrl());
        unfinished.forEach(stored::queueAgain);
        progress.say("resuming: " + unfinished.size() + " stored page(s) that an earlier run did not finish parsing are queued again");
    }

    /** Scrape (replayed or live), drain the queue through the parser handler, count; dead letters go to the file if one is given. */
    private RunSummary scrapeAndParse(RunTarget target, RunOptions o, Path deadLetterFile, PageLedger ledger) {
        ScrapeReport report;
        if (o.replayDir() != null) {
            try (ReplayServer replay = ReplayServer.start(o.replayDir())) {
                progress.begin("scrape", "scraping recorded pages of " + o.replayDir() + " through headless Chromium");
                report = scrape(target, replay.baseUrl(), Clock.fixed(o.capturedAt(), ZoneOffset.UTC), o);
            }
        } else {
            progress.begin("scrape", "scraping " + o.liveBaseUrl() + " for '" + o.search() + "' through headless Chromium");
            report = scrape(target, o.liveBaseUrl(), Clock.systemUTC(), o);
        }
        progress.say("scraped: " + report.pagesStored() + " new pages stored, " + report.jobLinks() + " job links, "
                + report.missing().size() + " missing, " + report.failed().size() + " failed"
                + (report.pagesAnnouncedAgain() > 0 ? ", " + report.pagesAnnouncedAgain() + " stored but never queued, queued now" : ""));
        for (ScrapeReport.Failure f : report.failed()) progress.say("failed: " + f.url() + ": " + f.reason());

        progress.begin("parse", "parsing queued pages into DynamoDB");
        ParseStats stats = new ParseStats();
        ParsePagesHandler handler = new ParsePagesHandler(target.s3(), target.store(), stats);
        Consumer<List<Message>> finished = ledger == null ? done -> { } : ledger::finished;
        new QueueDrainer(target.sqs(), target.queueUrl()).drain(handler, new LocalContext("local-run"), Duration.ofMinutes(10), finished);
        int dlq;
        if (deadLetterFile != null) {
            // a dead page is moved aside, so the next run fetches it again instead of skipping it as stored
            dlq = DeadLetters.moveToFile(target.sqs(), target.dlqUrl(), deadLetterFile, stats.lastErrorByBody::get,
                    dead -> DeadLetters.setAside(target.s3(), dead));
            if (dlq > 0) {
                progress.say(dlq + " page message(s) ended in the dead-letter queue; saved with their errors to " + deadLetterFile
                        + "; their pages are kept under " + DeadLetters.SET_ASIDE_PREFIX + " and fetched again by the next run");
            }
        } else {
            dlq = DeadLetters.count(target.sqs(), target.dlqUrl());
            if (dlq > 0) progress.say(dlq + " page message(s) are in the dead-letter queue " + target.dlqUrl());
        }

        progress.begin("count", "counting stored jobs");
        long jobs = countJobs(target.store());
        progress.end();
        progress.say("timings: " + progress.timings());
        return new RunSummary(report.pagesStored(), report.jobLinks(), stats.jobPages.get(), jobs,
                report.missing().size(), report.failed().size(), dlq);
    }

    ScrapeReport scrape(RunTarget target, String baseUrl, Clock clock, RunOptions o) {
        ScraperSettings settings = ScraperSettings.builder()
                .baseUrl(baseUrl)
                .delayBetweenRequests(Duration.ofMillis(o.delayMillis()))
                .clock(clock)
                .bucket(target.bucket())
                .queueUrl(target.queueUrl())
                .build();
        return new Scraper(settings, target.s3(), target.sqs()).scrape(o.search(), o.pages(), o.userId());
    }

    /** The user a run searches for gets a {@code user} row, so later commands know them; true when it was created. */
    static boolean ensureUser(TableStore store, String userId) {
        if (store.get("user", ItemKey.of(userId)).isPresent()) return false;
        ObjectNode user = Json.object();
        user.put("user_id", userId);
        user.put("name", userId);
        try {
            store.create("user", user);
            return true;
        } catch (ConflictException createdMeanwhile) {
            return false;
        }
    }

    private static long countJobs(TableStore store) {
        long n = 0;
        String next = null;
        do {
            Page page = store.scan("job", 1000, next);
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

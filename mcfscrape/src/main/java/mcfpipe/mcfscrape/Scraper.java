package mcfpipe.mcfscrape;

import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import mcfpipe.storage.raw.RawPage;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Scrapes one MCF search: its result pages, then the job pages they link to that are not stored yet. Every
 * stored page becomes one S3 object and one SQS message (the {@link RawPage} contract). A page that fails is
 * retried, then reported, and the run goes on; only a browser that cannot start at all fails the call.
 *
 * <p>The S3 and SQS clients belong to the caller. Each {@link #scrape} starts its own Chromium and quits it
 * before returning, so nothing is left running between calls.
 */
public final class Scraper {
    private static final System.Logger LOG = System.getLogger(Scraper.class.getName());

    private final ScraperSettings settings;
    private final BrowserFactory browsers;
    private final PagePublisher publisher;

    public Scraper(ScraperSettings settings, S3Client s3, SqsClient sqs) {
        this.settings = Objects.requireNonNull(settings, "settings must be given");
        Objects.requireNonNull(s3, "an S3 client must be given");
        Objects.requireNonNull(sqs, "an SQS client must be given");
        this.browsers = new BrowserFactory(settings);
        this.publisher = new PagePublisher(new RawPageStore(s3, settings.bucket()),
                new PageQueue(sqs, settings.queueUrl()));
    }

    public ScraperSettings settings() {
        return settings;
    }

    /**
     * Fetches search pages 0..pages-1 (at most {@code maxPages}) for the keywords, stopping at the first page
     * without cards, then the linked job pages.
     *
     * @param userId the user whose search this is; written into every page's metadata
     * @throws IllegalStateException if chromium or chromedriver is missing or cannot start
     */
    public ScrapeReport scrape(String keywords, int pages, String userId) {
        if (keywords == null) throw new IllegalArgumentException("keywords must not be null (use \"\" for all jobs)");
        if (userId == null || userId.isBlank()) throw new IllegalArgumentException("userId must be set");
        if (pages < 0) throw new IllegalArgumentException("pages must be 0 or more, was " + pages);
        browsers.checkInstalled();
        ScrapeTally tally = new ScrapeTally();
        try (BrowserSession session = new BrowserSession(browsers)) {
            session.browser(); // start now: a browser that cannot start is a setup error, not a page failure
            PageFetcher fetcher = new PageFetcher(session, new Pacer(settings.delayBetweenRequests()),
                    new Retry(settings.maxRetries(), settings.retryBackoff()), new PageWait(settings.cardWaitTimeout()));
            Run run = new Run(fetcher, keywords, userId, tally);
            int pageCount = Math.min(pages, settings.maxPages());
            for (int page = 0; page < pageCount; page++) {
                if (!run.searchPage(page)) break;
            }
            run.jobPages();
        }
        ScrapeReport report = tally.report();
        LOG.log(Level.INFO, "scraped ''{0}'' for {1}: {2}", keywords, userId, report);
        return report;
    }

    /** The state of one scrape call: the links found so far and the tally. */
    private final class Run {
        private final PageFetcher fetcher;
        private final String keywords;
        private final String userId;
        private final ScrapeTally tally;
        /** uuid -> link and the search page it was first seen on, in first-seen order. */
        private final Map<String, Found> jobs = new LinkedHashMap<>();

        Run(PageFetcher fetcher, String keywords, String userId, ScrapeTally tally) {
            this.fetcher = fetcher;
            this.keywords = keywords;
            this.userId = userId;
            this.tally = tally;
        }

        /** Returns whether paging should go on: false after an empty, missing or failed page. */
        boolean searchPage(int page) {
            String url = McfUrls.search(settings.baseUrl(), keywords, page);
            FetchedPage fetched;
            try {
                fetched = fetcher.search(url);
            } catch (Retry.FetchFailedException e) {
                tally.fail(url, e.getMessage());
                return false; // later pages of a search that keeps failing would fail the same way
            }
            if (fetched.state() != PageState.CONTENT) return false;
            for (String href : fetched.jobHrefs()) {
                tally.jobLinks++;
                Optional<JobLink> link = McfUrls.jobLink(href);
                link.ifPresent(l -> jobs.putIfAbsent(l.uuid(), new Found(l, page)));
                if (link.isEmpty()) LOG.log(Level.WARNING, "job card link without a job uuid: {0}", href);
            }
            byte[] html = fetched.html().getBytes(StandardCharsets.UTF_8);
            String key = RawPage.searchKey(RawPage.slug(keywords), page, ContentHash.ofSearchPage(userId, html));
            try {
                switch (publisher.state(key)) {
                    case QUEUED -> tally.searchPagesUnchanged++;
                    case STORED -> {
                        publisher.announceAgain(key);
                        tally.searchPagesUnchanged++;
                        tally.pagesAnnouncedAgain++;
                        tally.messagesSent++;
                    }
                    case ABSENT -> {
                        publisher.publish(key, html, metadata(RawPage.Kind.SEARCH, url, page));
                        tally.searchPagesStored++;
                        tally.messagesSent++;
                    }
                }
            } catch (SdkException e) {
                tally.fail(url, "cannot store " + key + ": " + Retry.describe(e));
            }
            return true;
        }

        void jobPages() {
            int fetched = 0;
            for (Found found : jobs.values()) {
                String key = RawPage.jobKey(found.link().uuid());
                try {
                    RawPageStore.State state = publisher.state(key);
                    if (state == RawPageStore.State.STORED) {
                        // stored by a run that died before its message went out: announce it now, do not fetch again
                        publisher.announceAgain(key);
                        tally.pagesAnnouncedAgain++;
                        tally.messagesSent++;
                    }
                    if (state != RawPageStore.State.ABSENT) {
                        tally.jobPagesAlreadyStored++;
                        continue;
                    }
                } catch (SdkException e) {
                    tally.fail(found.link().url(), "cannot check " + key + ": " + Retry.describe(e));
                    continue;
                }
                if (fetched >= settings.maxJobPagesPerRun()) {
                    LOG.log(Level.INFO, "job page limit of {0} per run reached; the rest wait for the next run",
                            settings.maxJobPagesPerRun());
                    return;
                }
                fetched++;
                jobPage(found, key);
            }
        }

        private void jobPage(Found found, String key) {
            String url = found.link().url();
            FetchedPage page;
            try {
                page = fetcher.job(url);
            } catch (Retry.FetchFailedException e) {
                tally.fail(url, e.getMessage());
                return;
            }
            if (page.state() != PageState.CONTENT) {
                tally.missing.add(found.link().uuid());
                return;
            }
            try {
                publisher.publish(key, page.html().getBytes(StandardCharsets.UTF_8),
                        metadata(RawPage.Kind.JOB, url, found.page()));
                tally.jobPagesStored++;
                tally.messagesSent++;
            } catch (SdkException e) {
                tally.fail(url, "cannot store " + key + ": " + Retry.describe(e));
            }
        }

        private Map<String, String> metadata(RawPage.Kind kind, String url, int page) {
            return PageMetadata.of(kind, url, Instant.now(settings.clock()), keywords, page, userId);
        }
    }

    /** A job link and the search page number it was first seen on. */
    private record Found(JobLink link, int page) {}
}

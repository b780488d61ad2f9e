package mcfpipe.mcfscrape;

import java.util.ArrayList;
import java.util.List;

/** Counts a run's outcomes as they happen, then freezes them into a {@link ScrapeReport}. */
final class ScrapeTally {
    int searchPagesStored;
    int searchPagesUnchanged;
    int jobLinks;
    int jobPagesStored;
    int jobPagesAlreadyStored;
    final List<String> missing = new ArrayList<>();
    final List<ScrapeReport.Failure> failed = new ArrayList<>();
    int messagesSent;
    int pagesAnnouncedAgain;

    void fail(String url, String reason) {
        failed.add(new ScrapeReport.Failure(url, reason));
    }

    ScrapeReport report() {
        return new ScrapeReport(searchPagesStored, searchPagesUnchanged, jobLinks, jobPagesStored,
                jobPagesAlreadyStored, missing, failed, messagesSent, pagesAnnouncedAgain);
    }
}

package mcfpipe.mcfscrape;

import java.util.List;

/**
 * What one scrape did.
 *
 * @param searchPagesStored     search pages written to S3 (new content)
 * @param searchPagesUnchanged  search pages whose identical content was already stored
 * @param jobLinks              job cards seen on the search pages (duplicates included)
 * @param jobPagesStored        job pages written to S3
 * @param jobPagesAlreadyStored linked jobs whose page was in S3 already, so not fetched
 * @param missing               uuids of linked jobs whose page answered "not found"
 * @param failed                pages that still failed after the retries, with the reason
 * @param messagesSent          SQS messages sent, one per stored page (and one per page announced again)
 * @param pagesAnnouncedAgain   pages stored by an earlier run that died before queueing them, queued now (they
 *                              count as unchanged or already stored, not as stored)
 */
public record ScrapeReport(
        int searchPagesStored,
        int searchPagesUnchanged,
        int jobLinks,
        int jobPagesStored,
        int jobPagesAlreadyStored,
        List<String> missing,
        List<Failure> failed,
        int messagesSent,
        int pagesAnnouncedAgain) {

    /** A page that could not be fetched or stored. */
    public record Failure(String url, String reason) {}

    public ScrapeReport {
        missing = List.copyOf(missing);
        failed = List.copyOf(failed);
    }

    /** Search and job pages stored by this run. */
    public int pagesStored() {
        return searchPagesStored + jobPagesStored;
    }
}

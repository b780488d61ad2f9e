package mcfpipe.launcher;

/**
 * The closing line of a run. pages: raw pages stored this run; cards: job cards on the search pages;
 * posts: job pages parsed; jobs: job items in the table after the run; missing: linked jobs whose page
 * answered 404; failed: pages that could not be fetched after the retries; dlq: page messages that ended in
 * the dead-letter queue.
 */
record RunSummary(int pages, int cards, int posts, long jobs, int missing, int failed, int dlq) {
    String line() {
        return "summary: pages=" + pages + " cards=" + cards + " posts=" + posts + " jobs=" + jobs + " missing=" + missing
                + " failed=" + failed + " dlq=" + dlq;
    }
}

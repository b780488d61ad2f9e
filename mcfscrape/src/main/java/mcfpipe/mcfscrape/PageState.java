package mcfpipe.mcfscrape;

/** What a loaded page turned out to be, once it has settled. */
public enum PageState {
    /** The content being waited for is there (job cards, or a job's title). */
    CONTENT,
    /** A search that found nothing, or a page past the last one. */
    NO_RESULTS,
    /** A 404 or "no longer available" page: the thing asked for does not exist. */
    NOT_FOUND
}

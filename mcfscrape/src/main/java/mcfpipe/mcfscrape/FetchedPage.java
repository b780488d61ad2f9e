package mcfpipe.mcfscrape;

import java.util.List;

/** A page as the browser rendered it: what it turned out to be, its HTML and, for search pages, the job links. */
record FetchedPage(PageState state, String html, List<String> jobHrefs) {
    /** The selector of the card links whose hrefs are collected on search pages. */
    static final String JOB_CARD_LINK = "a[data-testid=job-card-link]";
}

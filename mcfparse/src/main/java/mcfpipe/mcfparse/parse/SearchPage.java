package mcfpipe.mcfparse.parse;

import java.util.List;

/**
 * A parsed search page.
 *
 * @param totalJobs the header's count ("11,307 jobs found" -> 11307); null if the page shows none
 * @param cards     every job card in page order, recommended ones included
 */
public record SearchPage(Integer totalJobs, List<JobCard> cards) {
    public SearchPage {
        cards = List.copyOf(cards);
    }
}

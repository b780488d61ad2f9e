package mcfpipe.jobmatch.score;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A track's screen: a job passes when its score reaches the track's minimum, it was posted within the last N
 * weeks (posted exactly N weeks ago still passes), and it has not closed (closing today still passes; no
 * closing date passes). The salary plays no part: a job with none is screened on the rest.
 *
 * @param minScore     the least score that passes, inclusive
 * @param maxAgeWeeks  how many weeks back a posting date may lie, inclusive
 */
public record Screen(double minScore, int maxAgeWeeks) {
    public static final double DEFAULT_MIN_SCORE = 0.4;
    public static final int DEFAULT_MAX_AGE_WEEKS = 4;
    /** The job table's {@code status} of a post MCF has closed. */
    public static final int STATUS_CLOSED = 2;

    public static Screen defaults() {
        return new Screen(DEFAULT_MIN_SCORE, DEFAULT_MAX_AGE_WEEKS);
    }

    /** @param reasons why the job failed, empty when it passed */
    public record Verdict(boolean pass, List<String> reasons) {
        public Verdict {
            reasons = List.copyOf(reasons);
        }
    }

    /** A reason of {@link #check} without its figures, for counting why jobs fail: "score below minimum", ... */
    public static String kindOf(String reason) {
        if (reason.startsWith("score ")) return "score below minimum";
        if (reason.startsWith("posted ")) return "posted over max age";
        if (reason.equals("closed on MCF")) return "closed on MCF";
        if (reason.startsWith("closed ")) return "past closing date";
        return reason;
    }

    /** @param today the current date in Singapore, MCF's time zone */
    public Verdict check(double score, LocalDate posted, LocalDate closing, Integer status, LocalDate today) {
        List<String> reasons = new ArrayList<>(2);
        if (score < minScore) reasons.add("score " + Numbers.plain(score) + " below " + Numbers.plain(minScore));
        LocalDate oldest = today.minusWeeks(maxAgeWeeks);
        if (posted == null) reasons.add("no posting date");
        else if (posted.isBefore(oldest)) reasons.add("posted " + posted + ", over " + maxAgeWeeks + " weeks before " + today);
        if (closing != null && closing.isBefore(today)) reasons.add("closed " + closing);
        if (status != null && status == STATUS_CLOSED) reasons.add("closed on MCF");
        return new Verdict(reasons.isEmpty(), reasons);
    }
}

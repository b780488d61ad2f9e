package mcfpipe.jobmatch.score;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Deranks a title by its seniority words (the rank library: e.g. assistant 1, senior 3, manager 4) against the
 * track's seniority: each rank of distance costs {@link #STEP} of the score, down to 0. The title's rank is that
 * of its most senior rank word; a title without rank words, or a track without a known rank, is not deranked.
 */
public final class SeniorityRank {
    /** Share of the score lost per rank between the title and the track. */
    public static final double STEP = 0.25;

    private final Map<String, Double> ranks;

    /**
     * @param words      the title's rank words with their ranks, in title order
     * @param titleRank  the most senior of them; null when the title has none
     * @param trackRank  the track's rank; null when unknown
     * @param factor     what the score is multiplied by, 0..1
     */
    public record Result(Map<String, Double> words, Double titleRank, Double trackRank, double factor) {
        /** The map is taken over, not copied (one per job and track). */
        public Result {
            words = java.util.Collections.unmodifiableMap(words);
        }
    }

    public SeniorityRank(Map<String, Double> ranks) {
        this.ranks = ranks;
    }

    /**
     * The rank of a track's seniority: a number as given ("2"), else the most senior rank word in it
     * ("junior" -> 1); null when it is empty or names no rank word.
     */
    public Double rankOf(String seniority) {
        if (seniority == null || seniority.isBlank()) return null;
        String text = seniority.trim().toLowerCase(Locale.ROOT);
        try {
            return Double.valueOf(text);
        } catch (NumberFormatException notANumber) {
            // a word, looked up below
        }
        Double best = ranks.get(Libraries.normalise(text));
        for (String word : text.split("[^\\p{L}\\p{N}]+")) {
            Double r = ranks.get(word);
            if (r != null && (best == null || r > best)) best = r;
        }
        return best;
    }

    public Result rank(List<String> titleWords, Double trackRank) {
        Map<String, Double> found = null;
        Double titleRank = null;
        for (String w : titleWords) {
            Double r = ranks.get(w);
            if (r == null) continue;
            if (found == null) found = new LinkedHashMap<>(4);
            found.put(w, r);
            if (titleRank == null || r > titleRank) titleRank = r;
        }
        double factor = titleRank == null || trackRank == null ? 1 : Math.max(0, 1 - STEP * Math.abs(titleRank - trackRank));
        return new Result(found == null ? Map.of() : found, titleRank, trackRank, factor);
    }
}

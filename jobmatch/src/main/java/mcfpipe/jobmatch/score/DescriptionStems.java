package mcfpipe.jobmatch.score;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The stems of a job description in order, indexed by stem so a keyword phrase is found without a full scan. */
public final class DescriptionStems {
    private final List<String> stems;
    private final Map<String, List<Integer>> positions = new HashMap<>();

    DescriptionStems(List<String> stems) {
        this.stems = List.copyOf(stems);
        for (int i = 0; i < stems.size(); i++) positions.computeIfAbsent(stems.get(i), s -> new ArrayList<>(2)).add(i);
    }

    public static DescriptionStems of(String description) {
        return new DescriptionStems(KeywordMatch.stems(description));
    }

    public int size() {
        return stems.size();
    }

    /** True when the phrase's stems appear one after another (stop words between them were already removed). */
    public boolean contains(List<String> phrase) {
        if (phrase.isEmpty()) return false;
        List<Integer> starts = positions.get(phrase.get(0));
        if (starts == null) return false;
        for (int start : starts) {
            if (start + phrase.size() > stems.size()) break;
            boolean all = true;
            for (int k = 1; k < phrase.size() && all; k++) all = stems.get(start + k).equals(phrase.get(k));
            if (all) return true;
        }
        return false;
    }
}

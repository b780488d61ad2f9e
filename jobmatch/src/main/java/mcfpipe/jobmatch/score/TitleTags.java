package mcfpipe.jobmatch.score;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Title tags are the word bigrams of a cleaned title ("assistant engineer"); a one-word title ("Engineer") is its
 * own tag, so it can be scored too. A title's tag score is the sum of the library scores of its distinct tags,
 * held to 0..1 (negative tags let a user push unwanted titles down).
 */
public final class TitleTags {
    private TitleTags() {}

    /**
     * The title's matched tags with their library scores (in title order), the plain sum, and the 0..1 part the
     * score uses. The map is taken over, not copied: one is made per job and track, so copies would add up.
     */
    public record Match(Map<String, Double> matched, double sum, double part) {
        public Match {
            matched = java.util.Collections.unmodifiableMap(matched);
        }
    }

    /** Distinct tags in title order. */
    public static List<String> of(List<String> words) {
        if (words.size() == 1) return List.of(words.get(0));
        Set<String> tags = new LinkedHashSet<>();
        for (int i = 0; i + 1 < words.size(); i++) tags.add(words.get(i) + ' ' + words.get(i + 1));
        return new ArrayList<>(tags);
    }

    public static Match score(List<String> tags, Map<String, Double> library) {
        Map<String, Double> matched = null;
        double sum = 0;
        for (String tag : tags) {
            Double s = library.get(tag);
            if (s == null) continue;
            if (matched == null) matched = new LinkedHashMap<>(4);
            matched.put(tag, s);
            sum += s;
        }
        return new Match(matched == null ? Map.of() : matched, sum, Math.max(0, Math.min(1, sum)));
    }
}

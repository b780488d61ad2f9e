package mcfpipe.jobmatch.score;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the title tags a library does not know yet, with how many of the given titles carry each, so the
 * user can score the frequent ones. A tag counts once per title.
 */
public final class TagMiner {
    private final TitleCleaner cleaner;

    public TagMiner(Libraries libraries) {
        this.cleaner = new TitleCleaner(libraries);
    }

    public record TagCount(String tag, int count) {}

    /** Unknown tags carried by at least {@code minCount} titles, most frequent first, then alphabetically. */
    public List<TagCount> newTags(List<String> titles, Set<String> known, int minCount) {
        Map<String, Integer> counts = new HashMap<>();
        for (String title : titles) {
            for (String tag : TitleTags.of(cleaner.words(title))) {
                if (!known.contains(tag)) counts.merge(tag, 1, Integer::sum);
            }
        }
        List<TagCount> out = new ArrayList<>();
        counts.forEach((tag, n) -> {
            if (n >= minCount) out.add(new TagCount(tag, n));
        });
        out.sort(Comparator.comparingInt(TagCount::count).reversed().thenComparing(TagCount::tag));
        return out;
    }
}

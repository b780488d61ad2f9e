package mcfpipe.jobmatch.score;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

/**
 * The keyword libraries (rows of the {@code keyword} table) as the scorer uses them: title tags with scores
 * (shared ones, and per track), and the stop, keep, junk and rank word lists. Words are lower case.
 *
 * @param stopWords   Lucene's English stop words plus the {@code stop} library, minus the {@code keep} library
 * @param junkWords   words dropped from titles whatever they are (recruiters' noise: "urgent", "welcome")
 * @param ranks       seniority words and their rank (higher is more senior)
 * @param sharedTags  title tags without a track, for every track
 * @param trackTags   title tags of one track, by track id; they override shared tags of the same words
 */
public record Libraries(Set<String> stopWords, Set<String> junkWords, Map<String, Double> ranks,
                        Map<String, Double> sharedTags, Map<String, Map<String, Double>> trackTags) {
    public static final String TITLE_TAG = "title_tag";
    public static final String STOP = "stop";
    public static final String KEEP = "keep";
    public static final String JUNK = "junk";
    public static final String RANK = "rank";
    /** Every library the recommender reads, in the order it reads them. */
    public static final java.util.List<String> NAMES = java.util.List.of(TITLE_TAG, STOP, KEEP, JUNK, RANK);

    public Libraries {
        stopWords = Set.copyOf(stopWords);
        junkWords = Set.copyOf(junkWords);
        ranks = Map.copyOf(ranks);
        sharedTags = Map.copyOf(sharedTags);
        Map<String, Map<String, Double>> copy = new HashMap<>();
        trackTags.forEach((track, tags) -> copy.put(track, Map.copyOf(tags)));
        trackTags = Map.copyOf(copy);
    }

    /** No libraries at all: only Lucene's English stop words apply. */
    public static Libraries empty() {
        return fromRows(java.util.List.of());
    }

    /**
     * Libraries from {@code keyword} rows ({@code library}, {@code word}, optional {@code score} and
     * {@code track_id}). Rows of other libraries are ignored; a title tag or rank without a score counts 0.
     */
    public static Libraries fromRows(Collection<? extends JsonNode> rows) {
        Set<String> stop = new HashSet<>();
        for (Object w : EnglishAnalyzer.ENGLISH_STOP_WORDS_SET) stop.add(w instanceof char[] chars ? new String(chars) : w.toString());
        Set<String> keep = new HashSet<>();
        Set<String> junk = new HashSet<>();
        Map<String, Double> ranks = new HashMap<>();
        Map<String, Double> shared = new LinkedHashMap<>();
        Map<String, Map<String, Double>> byTrack = new HashMap<>();
        for (JsonNode row : rows) {
            String word = normalise(row.path("word").asText(""));
            if (word.isEmpty()) continue;
            double score = row.path("score").asDouble(0);
            switch (row.path("library").asText("")) {
                case TITLE_TAG -> {
                    String track = row.path("track_id").asText(null);
                    (track == null ? shared : byTrack.computeIfAbsent(track, t -> new LinkedHashMap<>())).put(word, score);
                }
                case STOP -> stop.add(word);
                case KEEP -> keep.add(word);
                case JUNK -> junk.add(word);
                case RANK -> ranks.put(word, score);
                default -> { }
            }
        }
        stop.removeAll(keep);
        return new Libraries(stop, junk, ranks, shared, byTrack);
    }

    /** The title tags that score for a track: the shared ones, overridden by the track's own. */
    public Map<String, Double> tagsFor(String trackId) {
        Map<String, Double> own = trackTags.get(trackId);
        if (own == null || own.isEmpty()) return sharedTags;
        Map<String, Double> merged = new HashMap<>(sharedTags);
        merged.putAll(own);
        return merged;
    }

    /** Library words are compared in lower case with single spaces, as cleaned titles are. */
    static String normalise(String word) {
        return String.join(" ", word.toLowerCase(Locale.ROOT).trim().split("\\s+"));
    }
}

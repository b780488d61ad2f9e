package mcfpipe.jobmatch.score;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One of a user's tracks, ready to score against: the {@code track} row, its {@code search_config} (may be
 * missing: no keywords, default screen) and the libraries, resolved once per run.
 *
 * @param seniority  the track's seniority as written; {@code rank} is its rank in the rank library (null: unknown)
 * @param tags       the title tags that score for this track
 * @param keywords   the search_config keywords, stemmed
 */
public record TrackContext(String trackId, String userId, String name, String seniority, Double rank,
                           Map<String, Double> tags, List<KeywordMatch.Phrase> keywords, String searchKeywords,
                           Screen screen) {
    public TrackContext {
        tags = Map.copyOf(tags);
        keywords = List.copyOf(keywords);
    }

    public static TrackContext of(JsonNode track, JsonNode searchConfig, Libraries libraries) {
        String trackId = track.path("track_id").asText();
        String seniority = track.hasNonNull("seniority") ? track.get("seniority").asText() : null;
        List<String> keywords = new ArrayList<>();
        String searchKeywords = null;
        Screen screen = Screen.defaults();
        if (searchConfig != null) {
            searchConfig.path("keywords").forEach(k -> keywords.add(k.asText()));
            searchKeywords = searchConfig.hasNonNull("search_keywords") ? searchConfig.get("search_keywords").asText() : null;
            double minScore = searchConfig.hasNonNull("min_score") ? searchConfig.get("min_score").asDouble() : Screen.DEFAULT_MIN_SCORE;
            int maxAge = searchConfig.hasNonNull("max_age_weeks") ? searchConfig.get("max_age_weeks").asInt() : Screen.DEFAULT_MAX_AGE_WEEKS;
            screen = new Screen(minScore, maxAge);
        }
        return new TrackContext(trackId, track.path("user_id").asText(null), track.path("name").asText(trackId), seniority,
                new SeniorityRank(libraries.ranks()).rankOf(seniority), libraries.tagsFor(trackId),
                KeywordMatch.phrases(keywords), searchKeywords, screen);
    }
}

package mcfpipe.infra;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One search config to scrape on its own schedule target (its own Fargate task):
 * {@code -c searches='[{"keywords":"data engineer","pages":3,"user":"alice"}]'}.
 * With none given, one task scrapes every row of search_config.
 */
public record SearchTarget(String keywords, Optional<Integer> pages, Optional<String> user) {

    public SearchTarget {
        if (keywords == null || keywords.isBlank()) {
            throw new IllegalArgumentException("a search needs non-blank keywords");
        }
        pages.ifPresent(p -> {
            if (p < 1 || p > 50) {
                throw new IllegalArgumentException("search '" + keywords + "': pages must be 1..50, got " + p);
            }
        });
    }

    /** The scraper's overrides (SEARCH_KEYWORDS, SEARCH_PAGES, SEARCH_USER) for this search. */
    public Map<String, String> environment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("SEARCH_KEYWORDS", keywords);
        pages.ifPresent(p -> env.put("SEARCH_PAGES", Integer.toString(p)));
        user.ifPresent(u -> env.put("SEARCH_USER", u));
        return env;
    }

    /** Parses the {@code searches} context value: a JSON array of {keywords, pages?, user?}; blank means none. */
    public static List<SearchTarget> parseList(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("searches must be a JSON array like"
                    + " [{\"keywords\":\"data engineer\",\"pages\":3,\"user\":\"alice\"}]: " + e.getOriginalMessage());
        }
        if (!root.isArray()) {
            throw new IllegalArgumentException("searches must be a JSON array of {keywords, pages, user}");
        }
        List<SearchTarget> targets = new ArrayList<>();
        for (JsonNode node : root) {
            JsonNode pages = node.get("pages");
            JsonNode user = node.get("user");
            targets.add(new SearchTarget(node.path("keywords").asText(null),
                    pages == null || pages.isNull() ? Optional.empty() : Optional.of(pages.asInt()),
                    user == null || user.isNull() ? Optional.empty() : Optional.of(user.asText())));
        }
        return List.copyOf(targets);
    }
}

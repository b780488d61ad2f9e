package mcfpipe.jobpipe.report;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import mcfpipe.storage.Json;

/**
 * The evidence of a score in short, for a table cell. Evidence is JSON text whose shape belongs to the
 * scoring method. The recommender's fields that say what matched (title {@code tags}, keyword hits in
 * {@code kw.hit}, the {@code salary} and its percentile, a failed {@code screen}) are picked out by name;
 * any other shape is read generically: an object gives one "name: values" item per field (empty fields
 * skipped), an array its elements, anything else its text. Items and their length are capped; the page
 * keeps the whole evidence in a tooltip.
 */
final class EvidenceSummary {
    private EvidenceSummary() {}

    static final int MAX_ITEMS = 4;
    static final int MAX_ITEM_LENGTH = 48;

    static List<String> items(String evidence) {
        if (evidence == null || evidence.isBlank()) return List.of();
        JsonNode root;
        try {
            root = Json.mapper().readTree(evidence);
        } catch (JacksonException notJson) {
            return List.of(cut(evidence.strip()));
        }
        List<String> items = root.isObject() ? matchedFields(root) : new ArrayList<>();
        if (!items.isEmpty()) return items.stream().limit(MAX_ITEMS).map(EvidenceSummary::cut).toList();
        if (root.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = root.properties().iterator(); it.hasNext() && items.size() < MAX_ITEMS; ) {
                Map.Entry<String, JsonNode> field = it.next();
                String value = flat(field.getValue());
                if (!value.isEmpty()) items.add(cut(label(field.getKey()) + ": " + value));
            }
        } else if (root.isArray()) {
            for (JsonNode element : root) {
                if (items.size() == MAX_ITEMS) break;
                String value = flat(element);
                if (!value.isEmpty()) items.add(cut(value));
            }
        } else {
            String value = flat(root);
            if (!value.isEmpty()) items.add(cut(value));
        }
        return items;
    }

    /** The recommender's own fields that say why a job matched; empty when the evidence has none of them. */
    private static List<String> matchedFields(JsonNode root) {
        List<String> items = new ArrayList<>();
        JsonNode tags = root.path("tags");
        if (tags.isObject() && !tags.isEmpty()) {
            List<String> names = new ArrayList<>();
            tags.properties().forEach(t -> names.add(t.getKey()));
            items.add("title: " + String.join(", ", names));
        }
        String hits = flat(root.path("kw").path("hit"));
        if (!hits.isEmpty()) items.add("keywords: " + hits);
        JsonNode salary = root.path("salary");
        if (salary.path("monthly").isNumber()) {
            String item = "salary: " + Formats.money(salary.path("monthly").asDouble()) + "/mo";
            if (salary.path("pct").isNumber()) item += " (p" + Math.round(salary.path("pct").asDouble() * 100) + ")";
            items.add(item);
        }
        String failed = flat(root.path("screen").path("fail"));
        if (!failed.isEmpty()) items.add("screen: " + failed);
        return items;
    }

    /** A value as short text: arrays joined by commas, nested objects as their "name value" pairs. */
    private static String flat(JsonNode value) {
        if (value == null || value.isNull()) return "";
        if (value.isArray()) {
            List<String> parts = new ArrayList<>();
            value.forEach(v -> {
                String p = flat(v);
                if (!p.isEmpty()) parts.add(p);
            });
            return String.join(", ", parts);
        }
        if (value.isObject()) {
            List<String> parts = new ArrayList<>();
            value.properties().forEach(f -> {
                String p = flat(f.getValue());
                if (!p.isEmpty()) parts.add(label(f.getKey()) + " " + p);
            });
            return String.join(", ", parts);
        }
        if (value.isBoolean()) return value.asBoolean() ? "yes" : "no";
        if (value.isFloatingPointNumber() || value.isBigDecimal()) {
            return value.decimalValue().stripTrailingZeros().toPlainString();
        }
        return value.asText().strip();
    }

    private static String label(String key) {
        return key.replace('_', ' ');
    }

    private static String cut(String text) {
        return text.length() <= MAX_ITEM_LENGTH ? text : text.substring(0, MAX_ITEM_LENGTH - 1).stripTrailing() + "…";
    }
}

package mcfpipe.jobmatch.score;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Map;
import mcfpipe.storage.Json;

/**
 * The evidence of a score as compact JSON text, for the {@code evidence} column; keys in a fixed order so the
 * same score always writes the same text:
 * <pre>
 * {"title":"fresh entry assistant engineer",                      cleaned title
 *  "tags":{"assistant engineer":0.8},"tag_part":0.8,               matched title tags, their 0..1 part
 *  "rank":{"words":{"assistant":1},"title":1,"track":1,"factor":1},
 *  "kw":{"hit":["site"],"of":8,"part":0.125}    or {"skip":"no description"},
 *  "salary":{"monthly":2650,"pct":0.2045,"of":22,"pool":"search","factor":0.8011}   or {"skip":"not shown","factor":0.875},
 *  "screen":"pass"    or {"fail":["score 0.1 below 0.4"]}}
 * </pre>
 */
public final class Evidence {
    private Evidence() {}

    public static String json(Score score, Screen.Verdict verdict) {
        try {
            return Json.mapper().writeValueAsString(node(score, verdict));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("evidence of plain values always serialises", e);
        }
    }

    public static ObjectNode node(Score score, Screen.Verdict verdict) {
        ObjectNode e = Json.object();
        e.put("title", String.join(" ", score.words()));
        e.set("tags", numbers(score.tags().matched()));
        e.set("tag_part", number(score.tags().part()));
        ObjectNode rank = e.putObject("rank");
        rank.set("words", numbers(score.rank().words()));
        rank.set("title", number(score.rank().titleRank()));
        rank.set("track", number(score.rank().trackRank()));
        rank.set("factor", number(score.rank().factor()));
        ObjectNode kw = e.putObject("kw");
        if (score.keywords() == null) {
            kw.put("skip", score.keywordsSkipped());
        } else {
            score.keywords().matched().forEach(kw.putArray("hit")::add);
            kw.put("of", score.keywords().of());
            kw.set("part", number(score.keywords().part()));
        }
        ObjectNode salary = e.putObject("salary");
        SalaryPercentile.Result s = score.salary();
        if (s.known()) {
            salary.set("monthly", number(s.monthly()));
            salary.set("pct", number(s.percentile()));
            salary.put("of", s.of());
            salary.put("pool", s.pool().name().toLowerCase(Locale.ROOT));
        } else {
            salary.put("skip", s.monthly() == null ? "not shown" : "no comparable salaries");
        }
        salary.set("factor", number(s.factor()));
        if (verdict.pass()) {
            e.put("screen", "pass");
        } else {
            verdict.reasons().forEach(e.putObject("screen").putArray("fail")::add);
        }
        return e;
    }

    private static ObjectNode numbers(Map<String, Double> values) {
        ObjectNode o = Json.object();
        values.forEach((k, v) -> o.set(k, number(v)));
        return o;
    }

    private static JsonNode number(Double value) {
        return value == null ? com.fasterxml.jackson.databind.node.NullNode.getInstance() : Json.numberNode(Numbers.decimal(value));
    }
}

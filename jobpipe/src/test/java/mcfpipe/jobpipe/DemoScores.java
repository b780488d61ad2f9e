package mcfpipe.jobpipe;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import mcfpipe.mcfparse.parse.JobCard;
import mcfpipe.storage.Json;
import mcfpipe.storage.store.TableStore;

/**
 * What a recommender would have written for the recorded jobs, as the tests' stand-in for jobmatch (which
 * this module must not depend on): two tracks of user demo, a score with evidence for every job on the
 * site-engineer track and for three on the DevOps track, and some leads moved along the CRM funnel.
 * The numbers are fixed by hand so the tests can state the analysis tables exactly.
 */
final class DemoScores {
    static final String SITE = "demo-site-engineer";
    static final String DEVOPS = "demo-devops";
    static final String METHOD = "keywords-v1";

    /** Site-engineer score of card i. */
    static final double[] SITE_SCORES = {0.78, 0.35, 0.41, 0.33, 0.93, 0.27, 0.52, 0.81, 0.22, 0.69, 0.48, 0.95, 0.57, 0.84,
            0.46, 0.38, 0.44, 0.31, 0.71, 0.55, 0.29, 0.36};
    /** DevOps scores by card index; card 5 (DevOps Engineer) is best on this track. */
    static final Map<Integer, Double> DEVOPS_SCORES = Map.of(5, 0.88, 19, 0.34, 2, 0.12);
    /** Card 10's job_search row is assigned to the DevOps track by hand (it has no DevOps score). */
    static final int ASSIGNED_TO_DEVOPS = 10;
    /** CRM stages by card index; the other cards have no crm_status row (OPEN). */
    static final Map<Integer, String> STAGES = Map.of(11, "OFFER", 4, "INTERVIEW", 9, "APPLIED", 13, "TOAPPLY", 7, "SCREENED",
            0, "SCREENED", 18, "SCREENED");

    private static final List<String> SITE_WORDS = List.of("engineer", "resident", "project", "site", "construction");
    private static final List<String> DEVOPS_WORDS = List.of("devops", "cloud", "engineer", "associate");
    static final double SALARY_TARGET = 5000;

    private DemoScores() {}

    /** Every recorded job, its job_search row, both tracks, scores and stages. */
    static void writeAll(TableStore store) {
        List<JobCard> cards = RecordedJobs.cards();
        List<ObjectNode> jobs = new ArrayList<>();
        for (JobCard c : cards) jobs.add(mcfpipe.mcfparse.JobRecords.of(c));
        requireAllWritten(store.batchPut("job", jobs));
        for (int i = 0; i < cards.size(); i++) {
            RecordedJobs.writeJobSearch(store, cards.get(i), i == ASSIGNED_TO_DEVOPS ? DEVOPS : null);
        }
        writeTracks(store);
        for (int i = 0; i < cards.size(); i++) {
            if (!DEVOPS_SCORES.containsKey(i)) continue;
            store.put("track_score", score(i, DEVOPS, DEVOPS_SCORES.get(i), DEVOPS_WORDS, DEVOPS_SCORES.get(i) > SITE_SCORES[i]));
        }
        for (int i = 0; i < cards.size(); i++) {
            boolean best = !DEVOPS_SCORES.containsKey(i) || SITE_SCORES[i] >= DEVOPS_SCORES.get(i);
            store.put("track_score", score(i, SITE, SITE_SCORES[i], SITE_WORDS, best));
        }
        STAGES.forEach((i, stage) -> store.put("crm_status", stage(i, stage)));
    }

    private static void requireAllWritten(mcfpipe.storage.store.BatchResult result) {
        if (!result.allOk()) throw new IllegalStateException("seed batch failed: " + result);
    }

    static void writeTracks(TableStore store) {
        store.put("track", track(SITE, "Site & project engineer"));
        store.put("track", track(DEVOPS, "DevOps engineer"));
        ObjectNode config = Json.object();
        config.put("track_id", SITE);
        config.put("search_keywords", "engineer");
        config.put("pages", 1);
        config.put("salary_target", SALARY_TARGET);
        ArrayNode words = config.putArray("keywords");
        SITE_WORDS.forEach(words::add);
        store.put("search_config", config);
    }

    private static ObjectNode track(String id, String name) {
        ObjectNode t = Json.object();
        t.put("track_id", id);
        t.put("user_id", RecordedJobs.USER);
        t.put("name", name);
        t.put("active", true);
        return t;
    }

    static ObjectNode score(int index, String trackId, double score, List<String> words, boolean best) {
        JobCard card = RecordedJobs.card(index);
        ObjectNode row = Json.object();
        row.put("job_s_id", RecordedJobs.jobSearchId(index));
        row.put("track_id", trackId);
        row.put("user_id", RecordedJobs.USER);
        row.put("job_id", card.uuid());
        row.put("score", java.math.BigDecimal.valueOf(score));
        row.put("method", METHOD);
        row.put("evidence", evidence(card, words));
        row.put("best", best);
        return row;
    }

    /**
     * Evidence in the shape the recommender (jobmatch) writes, so the report shows what it would show: the title
     * words of the track found in the title, track words in the category, the salary's mid-point and its
     * percentile among the recorded jobs, and the screen's verdict.
     */
    static String evidence(JobCard card, List<String> words) {
        String title = card.title().toLowerCase(Locale.ROOT);
        List<String> inTitle = words.stream().filter(title::contains).sorted(java.util.Comparator.comparingInt(title::indexOf)).toList();
        ObjectNode e = Json.object();
        e.put("title", title);
        ObjectNode tags = e.putObject("tags");
        if (!inTitle.isEmpty()) tags.put(String.join(" ", inTitle), inTitle.size() > 1 ? 0.9 : 0.6);
        ObjectNode kw = e.putObject("kw");
        ArrayNode hit = kw.putArray("hit");
        String category = card.category() == null ? "" : card.category().toLowerCase(Locale.ROOT);
        words.stream().filter(category::contains).forEach(hit::add);
        kw.put("of", words.size());
        ObjectNode salary = e.putObject("salary");
        java.math.BigDecimal mid = midpoint(card);
        salary.put("monthly", mid);
        long below = RecordedJobs.cards().stream().filter(c -> midpoint(c).compareTo(mid) < 0).count();
        salary.put("pct", java.math.BigDecimal.valueOf(below).divide(java.math.BigDecimal.valueOf(RecordedJobs.cards().size()), 2,
                java.math.RoundingMode.HALF_UP));
        e.put("screen", "pass");
        return e.toString();
    }

    private static java.math.BigDecimal midpoint(JobCard card) {
        return card.salaryMin().add(card.salaryMax()).divide(java.math.BigDecimal.valueOf(2));
    }

    static ObjectNode stage(int index, String stage) {
        ObjectNode row = Json.object();
        row.put("job_s_id", RecordedJobs.jobSearchId(index));
        row.put("status", stage);
        row.put("user_id", RecordedJobs.USER);
        row.put("track_id", SITE);
        row.put("set_by", "test");
        return row;
    }
}

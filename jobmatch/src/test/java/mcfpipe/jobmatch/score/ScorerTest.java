package mcfpipe.jobmatch.score;

import static mcfpipe.jobmatch.RecordedPages.job;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import mcfpipe.jobmatch.RecordedPages;
import mcfpipe.storage.Json;
import org.junit.jupiter.api.Test;

/** The whole recipe on real jobs of the recorded pages, for a junior engineering track. */
class ScorerTest {
    static final LocalDate RECORDED_ON = LocalDate.of(2026, 4, 15);

    static Libraries libraries() {
        return new TestLibraries()
                .tag("t1", "engineer", 0.6).tag("t1", "assistant engineer", 0.8).tag("t1", "optics engineer", 0.6)
                .tag("t1", "sales engineer", 0.3).tag("t1", "inside sales", -0.4)
                .words("junk", "diploma", "welcome")
                .rank("fresh", 1).rank("entry", 1).rank("assistant", 1).rank("junior", 1).rank("senior", 3)
                .build();
    }

    static TrackContext engineering(Libraries libraries) {
        ObjectNode track = Json.object().put("track_id", "t1").put("user_id", "demo").put("name", "Junior engineer").put("seniority", "junior");
        ObjectNode config = Json.object().put("track_id", "t1").put("search_keywords", "engineer").put("min_score", 0.5).put("max_age_weeks", 4);
        for (String k : List.of("AutoCAD", "project management", "construction", "electrical", "maintenance", "design", "safety", "site supervision")) {
            config.withArray("keywords").add(k);
        }
        return TrackContext.of(track, config, libraries);
    }

    static SalaryPool pageSalaries() {
        List<Double> salaries = new ArrayList<>();
        for (JobRecord j : RecordedPages.jobs()) salaries.add(MonthlySalary.of(j.salaryMin(), j.salaryMax(), j.salaryPeriod()));
        return new SalaryPool(salaries, SalaryPool.Source.SEARCH);
    }

    private final Libraries libraries = libraries();
    private final TrackContext track = engineering(libraries);
    private final Scorer scorer = new Scorer(libraries);

    private String evidence(Score score, JobRecord job) {
        return Evidence.json(score, track.screen().check(score.value(), job.postedDate(), job.closingDate(), job.status(), RECORDED_ON));
    }

    @Test
    void diplomaFreshEntryAssistantEngineer() {
        JobRecord j = job(15);
        Score s = scorer.score(j, track, pageSalaries());
        // 0.8 (assistant engineer) x 1 (junior words on a junior track) x (0.75 + 0.25 x 4.5/22) (salary 2650 of 22)
        assertEquals(0.6409, s.value());
        assertEquals("bigram+rank+kw+salpct.v1", s.method());
        assertEquals("{\"title\":\"fresh entry assistant engineer\",\"tags\":{\"assistant engineer\":0.8},\"tag_part\":0.8,"
                + "\"rank\":{\"words\":{\"fresh\":1,\"entry\":1,\"assistant\":1},\"title\":1,\"track\":1,\"factor\":1},"
                + "\"kw\":{\"skip\":\"no description\"},"
                + "\"salary\":{\"monthly\":2650,\"pct\":0.2045,\"of\":22,\"pool\":\"search\",\"factor\":0.8011},"
                + "\"screen\":\"pass\"}", evidence(s, j));
    }

    @Test
    void theEngineerWithARecordedJobPageGetsTheKeywordMatch() {
        JobRecord j = job(0);
        Score s = scorer.score(j, track, pageSalaries());
        // min(1, 0.6 + 0.25 x 6/8) x 1 x (0.75 + 0.25 x 13.5/22): salary 3,700 to 5,400 sits 14th of 22
        assertEquals(0.7114, s.value());
        assertEquals("{\"title\":\"engineer\",\"tags\":{\"engineer\":0.6},\"tag_part\":0.6,"
                + "\"rank\":{\"words\":{},\"title\":null,\"track\":1,\"factor\":1},"
                + "\"kw\":{\"hit\":[\"project management\",\"construction\",\"electrical\",\"maintenance\",\"design\",\"safety\"],\"of\":8,\"part\":0.75},"
                + "\"salary\":{\"monthly\":4550,\"pct\":0.6136,\"of\":22,\"pool\":\"search\",\"factor\":0.9034},"
                + "\"screen\":\"pass\"}", evidence(s, j));
    }

    @Test
    void aSeniorTitleIsDerankedAndFailsTheScreen() {
        JobRecord j = job(2);
        Score s = scorer.score(j, track, pageSalaries());
        // 0.6 (optics engineer) x 0.5 (senior is 2 ranks above junior) x (0.75 + 0.25 x 14.5/22)
        assertEquals(0.2744, s.value());
        assertEquals("{\"title\":\"senior optics engineer\",\"tags\":{\"optics engineer\":0.6},\"tag_part\":0.6,"
                + "\"rank\":{\"words\":{\"senior\":3},\"title\":3,\"track\":1,\"factor\":0.5},"
                + "\"kw\":{\"skip\":\"no description\"},"
                + "\"salary\":{\"monthly\":4900,\"pct\":0.6591,\"of\":22,\"pool\":\"search\",\"factor\":0.9148},"
                + "\"screen\":{\"fail\":[\"score 0.2744 below 0.5\"]}}", evidence(s, j));
    }

    @Test
    void anUnwantedTagCanZeroATitle() {
        Score s = scorer.score(job(1), track, pageSalaries());
        assertEquals(0.0, s.value());
        assertEquals(-0.1, s.tags().sum(), 1e-12);
    }

    @Test
    void aTrackWithoutKeywordsSaysSo() {
        ObjectNode bare = Json.object().put("track_id", "t1").put("name", "bare");
        Score s = scorer.score(job(0), TrackContext.of(bare, null, libraries), pageSalaries());
        assertEquals("no keywords", s.keywordsSkipped());
        assertEquals(Screen.defaults(), TrackContext.of(bare, null, libraries).screen());
        // 0.6 x 1 (no track rank) x the salary factor
        assertEquals(0.542, s.value());
    }
}

package mcfpipe.jobmatch.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import mcfpipe.jobmatch.RecordedPages;
import mcfpipe.storage.Json;
import org.junit.jupiter.api.Test;

/** Best tracks, salary pools and screens over the 22 recorded jobs. */
class RecommenderTest {
    private final Libraries libraries = new TestLibraries()
            .tag("t1", "engineer", 0.6).tag("t1", "assistant engineer", 0.8).tag("t1", "sales engineer", 0.3).tag("t1", "inside sales", -0.4)
            .tag("t2", "sales engineer", 0.9).tag("t2", "inside sales", 0.5)
            .words("junk", "diploma", "welcome").rank("assistant", 1).rank("junior", 1).build();
    private final TrackContext engineering = ScorerTest.engineering(libraries);
    private final TrackContext sales = TrackContext.of(Json.object().put("track_id", "t2").put("name", "Sales"),
            Json.object().put("track_id", "t2").put("search_keywords", "sales engineer").put("min_score", 0.6), libraries);
    private final Recommender recommender = new Recommender(libraries);

    @Test
    void eachJobGoesToItsBestTrack() {
        List<JobResult> results = recommender.recommend(RecordedPages.jobs(), List.of(engineering, sales), ScorerTest.RECORDED_ON);
        assertEquals(22, results.size());
        assertEquals("Sales Engineer - Inside Sales (Valves)", results.get(1).job().title());
        assertEquals("t2", results.get(1).bestScore().track().trackId());
        assertEquals("t1", results.get(15).bestScore().track().trackId());
        // "engineering" scores 0 on both: the tie goes to the first track
        assertEquals(0.0, results.get(6).scores().get(0).score().value());
        assertEquals(0.0, results.get(6).scores().get(1).score().value());
        assertEquals(0, results.get(6).best());
    }

    @Test
    void aTrackWhoseSearchFoundFewSalariesComparesWithAllTheUsersJobs() {
        List<JobResult> results = recommender.recommend(RecordedPages.jobs(), List.of(engineering, sales), ScorerTest.RECORDED_ON);
        assertEquals(SalaryPool.Source.SEARCH, results.get(15).scores().get(0).score().salary().pool());
        assertEquals(SalaryPool.Source.ALL, results.get(15).scores().get(1).score().salary().pool());
        assertEquals(22, results.get(15).scores().get(1).score().salary().of());
    }

    @Test
    void aJobWithoutSalaryIsWeighedAsTheMedianAndStillScreened() {
        List<JobRecord> jobs = new ArrayList<>(RecordedPages.jobs());
        ObjectNode row = RecordedPages.jobRow(15);
        row.remove(List.of("salary_min", "salary_max", "salary_period"));
        jobs.set(15, JobRecord.of(row, RecordedPages.searchRow("demo", 15)));
        JobResult r = recommender.recommend(jobs, List.of(engineering), ScorerTest.RECORDED_ON).get(15);
        assertEquals(0.7, r.bestScore().score().value()); // 0.8 x 1 x 0.875
        assertEquals(21, r.bestScore().score().salary().of());
        assertTrue(r.screened());
        assertTrue(r.bestScore().evidence().endsWith("\"salary\":{\"skip\":\"not shown\",\"factor\":0.875},\"screen\":\"pass\"}"),
                r.bestScore().evidence());
    }

    @Test
    void screensUseTheDayGiven() {
        List<JobResult> onRecording = recommender.recommend(RecordedPages.jobs(), List.of(engineering), ScorerTest.RECORDED_ON);
        List<JobResult> twoMonthsOn = recommender.recommend(RecordedPages.jobs(), List.of(engineering), ScorerTest.RECORDED_ON.plusMonths(2));
        assertTrue(onRecording.get(15).screened());
        assertFalse(twoMonthsOn.get(15).screened());
        assertEquals(onRecording.get(15).bestScore().score(), twoMonthsOn.get(15).bestScore().score());
    }

    @Test
    void noTracksNoResults() {
        assertEquals(List.of(), recommender.recommend(RecordedPages.jobs(), List.of(), ScorerTest.RECORDED_ON));
    }
}

package mcfpipe.jobmatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import mcfpipe.storage.Json;
import mcfpipe.storage.store.ItemKey;
import mcfpipe.storage.store.TableStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The recommender over the tables of a local run of the recorded search, on a real dynalite. */
class MatchRunTest {
    private static LocalTables tables;

    @BeforeAll
    static void start() {
        tables = new LocalTables();
    }

    @AfterAll
    static void stop() {
        tables.close();
    }

    private static TableStore seeded() {
        TableStore store = tables.freshStore();
        DemoSeed.ensure(store);
        LocalTables.storeRecordedSearch(store);
        return store;
    }

    private static MatchRun run(TableStore store) {
        return new MatchRun(store, tables.client, LocalTables.recordingDay());
    }

    private static String jobSearchId(int card) {
        return "demo#" + RecordedPages.cards().get(card).uuid();
    }

    private static Set<Integer> cardsWithStage(TableStore store, String status) {
        Set<Integer> cards = new TreeSet<>();
        for (int i = 0; i < RecordedPages.cards().size(); i++) {
            var row = store.get("crm_status", ItemKey.of(jobSearchId(i)));
            if (row.isPresent() && row.get().get("status").asText().equals(status)) cards.add(i);
        }
        return cards;
    }

    @Test
    void scoresThe22RecordedJobsForTheDemoTrackWithEvidence() {
        TableStore store = seeded();
        UserMatch m = run(store).matchUser("demo");
        assertEquals(22, m.jobs());
        assertEquals(0, m.missingJobs());
        assertEquals(22, m.scoresWritten());
        assertEquals(22, m.reassigned());
        assertEquals(1, m.tracks().size());
        TrackMatch track = m.tracks().get(0);
        assertEquals("demo-engineer", track.trackId());
        assertEquals(22, track.scored());
        assertEquals(22, track.best());
        assertEquals(12, track.passed());
        assertEquals(List.of("Engineer 0.7114", "BMS PROJECT ENGINEER 0.7045", "Electrical Engineer cum QS 0.7006",
                "Associate Engineer 0.6727", "DevOps Engineer 0.6563"),
                track.top().stream().map(r -> r.title() + " " + r.score()).toList());

        List<ObjectNode> scores = Queries.all(store, "track_score", "track_id-index", "demo-engineer");
        assertEquals(22, scores.size());
        ObjectNode diploma = store.get("track_score", ItemKey.of(jobSearchId(15), "demo-engineer")).orElseThrow();
        assertEquals("0.6409", diploma.get("score").decimalValue().toPlainString());
        assertEquals("bigram+rank+kw+salpct.v1", diploma.get("method").asText());
        assertEquals(true, diploma.get("best").asBoolean());
        assertEquals("demo", diploma.get("user_id").asText());
        assertEquals(RecordedPages.cards().get(15).uuid(), diploma.get("job_id").asText());
        assertEquals("{\"title\":\"fresh entry assistant engineer\",\"tags\":{\"assistant engineer\":0.8},\"tag_part\":0.8,"
                + "\"rank\":{\"words\":{\"fresh\":1,\"entry\":1,\"assistant\":1},\"title\":1,\"track\":1,\"factor\":1},"
                + "\"kw\":{\"skip\":\"no description\"},"
                + "\"salary\":{\"monthly\":2650,\"pct\":0.2045,\"of\":22,\"pool\":\"search\",\"factor\":0.8011},"
                + "\"screen\":\"pass\"}", diploma.get("evidence").asText());
        assertEquals("demo-engineer", store.get("job_search", ItemKey.of(jobSearchId(15))).orElseThrow().get("track_id").asText());
    }

    @Test
    void movesThePassingJobsToScreened() {
        TableStore store = seeded();
        UserMatch m = run(store).matchUser("demo");
        assertEquals(12, m.screened());
        assertEquals(Set.of(0, 5, 7, 9, 10, 12, 13, 14, 15, 16, 18, 19), cardsWithStage(store, "SCREENED"));
        ObjectNode row = store.get("crm_status", ItemKey.of(jobSearchId(15))).orElseThrow();
        assertEquals("jobmatch", row.get("set_by").asText());
        assertEquals("demo-engineer", row.get("track_id").asText());
        assertEquals("score 0.6409 for Junior engineer (at least 0.5)", row.get("note").asText());
    }

    @Test
    void neverOverridesAStageTheUserSet() {
        TableStore store = seeded();
        store.create("crm_status", Json.object().put("job_s_id", jobSearchId(15)).put("status", "APPLIED").put("set_by", "user"));
        store.create("crm_status", Json.object().put("job_s_id", jobSearchId(0)).put("status", "OPEN").put("set_by", "user")
                .put("note", "not sure yet"));
        store.create("crm_status", Json.object().put("job_s_id", jobSearchId(5)).put("status", "OPEN"));
        UserMatch m = run(store).matchUser("demo");
        assertEquals(10, m.screened());
        assertEquals(2, m.stageKept());
        assertEquals(Set.of(15), cardsWithStage(store, "APPLIED"));
        assertEquals("user", store.get("crm_status", ItemKey.of(jobSearchId(15))).orElseThrow().get("set_by").asText());
        assertEquals(Set.of(0), cardsWithStage(store, "OPEN"), "an OPEN the user set is a stage the user set");
        assertEquals("not sure yet", store.get("crm_status", ItemKey.of(jobSearchId(0))).orElseThrow().get("note").asText());
        assertTrue(cardsWithStage(store, "SCREENED").contains(5), "an OPEN lead nobody set (an imported default) moves on");
    }

    @Test
    void aSecondRunChangesNoItem() {
        TableStore store = seeded();
        run(store).matchUser("demo");
        List<List<ObjectNode>> before = snapshot(store);
        tables.storeClock.advance(Duration.ofHours(1)); // a rewrite would show in last_modified
        UserMatch again = run(store).matchUser("demo");
        assertEquals(0, again.scoresWritten());
        assertEquals(22, again.scoresUnchanged());
        assertEquals(0, again.reassigned());
        assertEquals(0, again.screened());
        assertEquals(12, again.stageKept());
        assertEquals(before, snapshot(store));
    }

    @Test
    void aRescoredTagRewritesOnlyTheScoresItChanges() {
        TableStore store = seeded();
        run(store).matchUser("demo");
        store.update("keyword", ItemKey.of("title_tag:demo-engineer:sales-engineer"), Json.object().put("score", 0.7));
        UserMatch m = run(store).matchUser("demo");
        assertEquals(4, m.scoresWritten(), "the four plain 'Sales Engineer' titles");
        assertEquals(18, m.scoresUnchanged());
        assertEquals("0.6483", store.get("track_score", ItemKey.of(jobSearchId(3), "demo-engineer")).orElseThrow()
                .get("score").decimalValue().toPlainString());
    }

    @Test
    void aSearchRowWithoutItsJobIsCountedNotScored() {
        TableStore store = seeded();
        store.create("job_search", Json.object().put("job_s_id", "demo#0123456789abcdef0123456789abcdef").put("user_id", "demo")
                .put("job_id", "0123456789abcdef0123456789abcdef").put("found_at", "2026-04-15 05:41"));
        UserMatch m = run(store).matchUser("demo");
        assertEquals(22, m.jobs());
        assertEquals(1, m.missingJobs());
    }

    @Test
    void everyUserOfTheUserTable() {
        TableStore store = seeded();
        store.create("user", Json.object().put("user_id", "ann").put("name", "Ann"));
        List<UserMatch> all = run(store).matchAllUsers();
        assertEquals(List.of("ann", "demo"), all.stream().map(UserMatch::userId).toList());
        assertEquals(0, all.get(0).jobs(), "ann has no tracks and no jobs");
        assertEquals(22, all.get(1).jobs());
    }

    private static List<List<ObjectNode>> snapshot(TableStore store) {
        List<List<ObjectNode>> tablesNow = new ArrayList<>();
        for (String t : List.of("track_score", "job_search", "crm_status")) tablesNow.add(LocalTables.all(store, t));
        return tablesNow;
    }
}

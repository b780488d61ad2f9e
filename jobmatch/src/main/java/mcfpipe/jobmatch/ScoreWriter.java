package mcfpipe.jobmatch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import mcfpipe.jobmatch.score.JobResult;
import mcfpipe.jobmatch.score.Numbers;
import mcfpipe.jobmatch.score.TrackContext;
import mcfpipe.jobmatch.score.TrackScore;
import mcfpipe.storage.Json;
import mcfpipe.storage.store.BatchResult;
import mcfpipe.storage.store.TableStore;

/**
 * Writes {@code track_score} rows (key job_s_id + track_id). Each track's current rows are read first (one query of
 * the track_id index) and only rows that differ are written, so a second run over the same data writes nothing
 * and every item, {@code last_modified} included, stays as it was.
 */
final class ScoreWriter {
    private final TableStore store;

    ScoreWriter(TableStore store) {
        this.store = store;
    }

    record Outcome(int written, int unchanged, int failed) {}

    Outcome write(List<TrackContext> tracks, List<JobResult> results) {
        Map<String, Map<String, ObjectNode>> current = new HashMap<>();
        for (TrackContext track : tracks) {
            Map<String, ObjectNode> byJob = new HashMap<>();
            for (ObjectNode row : Queries.all(store, "track_score", "track_id-index", track.trackId())) {
                byJob.put(row.get("job_s_id").asText(), row);
            }
            current.put(track.trackId(), byJob);
        }
        List<ObjectNode> changed = new ArrayList<>();
        int unchanged = 0;
        for (JobResult result : results) {
            for (int t = 0; t < result.scores().size(); t++) {
                ObjectNode row = row(result, result.scores().get(t), t == result.best());
                ObjectNode old = current.get(row.get("track_id").asText()).get(row.get("job_s_id").asText());
                if (same(old, row)) unchanged++;
                else changed.add(row);
            }
        }
        if (changed.isEmpty()) return new Outcome(0, unchanged, 0);
        BatchResult written = store.batchPut("track_score", changed);
        return new Outcome(written.okCount(), unchanged, written.failures().size());
    }

    static ObjectNode row(JobResult result, TrackScore score, boolean best) {
        ObjectNode row = Json.object();
        row.put("job_s_id", result.job().jobSearchId());
        row.put("track_id", score.track().trackId());
        if (result.job().userId() != null) row.put("user_id", result.job().userId());
        row.put("job_id", result.job().jobId());
        row.set("score", Json.numberNode(Numbers.decimal(score.score().value())));
        row.put("method", score.score().method());
        row.put("evidence", score.evidence());
        row.put("best", best);
        return row;
    }

    private static boolean same(ObjectNode old, ObjectNode row) {
        if (old == null) return false;
        for (var it = row.fieldNames(); it.hasNext(); ) {
            String column = it.next();
            JsonNode a = old.get(column);
            JsonNode b = row.get(column);
            if (a == null) return false;
            if (a.isNumber() && b.isNumber() ? a.decimalValue().compareTo(b.decimalValue()) != 0 : !Objects.equals(a, b)) return false;
        }
        return true;
    }
}

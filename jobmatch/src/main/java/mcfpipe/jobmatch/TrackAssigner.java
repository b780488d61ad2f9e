package mcfpipe.jobmatch;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import mcfpipe.jobmatch.score.JobResult;
import mcfpipe.storage.Json;
import mcfpipe.storage.store.ItemKey;
import mcfpipe.storage.store.TableStore;

/** Sets each job_search row's {@code track_id} to the job's best track, touching only rows whose track changes. */
final class TrackAssigner {
    private final TableStore store;

    TrackAssigner(TableStore store) {
        this.store = store;
    }

    /** @return how many rows changed */
    int assign(List<JobResult> results, Map<String, ObjectNode> searchRows) {
        int changed = 0;
        for (JobResult result : results) {
            String best = result.bestScore().track().trackId();
            ObjectNode row = searchRows.get(result.job().jobSearchId());
            if (row != null && row.hasNonNull("track_id") && row.get("track_id").asText().equals(best)) continue;
            ObjectNode change = Json.object();
            change.put("track_id", best);
            store.update("job_search", ItemKey.of(result.job().jobSearchId()), change);
            changed++;
        }
        return changed;
    }
}

package mcfpipe.jobmatch;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import mcfpipe.jobmatch.score.JobResult;
import mcfpipe.jobmatch.score.Numbers;
import mcfpipe.jobmatch.score.TrackScore;
import mcfpipe.storage.Json;
import mcfpipe.storage.store.Condition;
import mcfpipe.storage.store.TableStore;
import mcfpipe.storage.validate.ConflictException;

/**
 * Moves jobs that pass their best track's screen to the CRM stage SCREENED. The write is conditional (no row yet,
 * or an OPEN row no one set), so a stage the user set, OPEN included, or an earlier screening, is never
 * overwritten, even by a run racing the user's own change.
 */
final class CrmScreener {
    static final String SCREENED = "SCREENED";
    static final String OPEN = "OPEN";
    /** {@code set_by} of the rows this writes, so the user can tell them from their own. */
    static final String SET_BY = "jobmatch";

    /**
     * No row yet, or an OPEN row that no one chose: OPEN without {@code set_by} (a default, as the laptop version
     * wrote them) or from this screener. An OPEN the user set (set_by "user", or anyone else) is their stage.
     */
    private static final Condition MAY_SCREEN = Condition.or(Condition.itemAbsent(), Condition.and(
            Condition.equalTo("status", OPEN),
            Condition.or(Condition.attributeAbsent("set_by"), Condition.equalTo("set_by", SET_BY))));

    private final TableStore store;

    CrmScreener(TableStore store) {
        this.store = store;
    }

    record Outcome(int moved, int kept) {}

    Outcome screen(List<JobResult> results) {
        int moved = 0;
        int kept = 0;
        for (JobResult result : results) {
            if (!result.screened()) continue;
            TrackScore best = result.bestScore();
            ObjectNode row = Json.object();
            row.put("job_s_id", result.job().jobSearchId());
            row.put("status", SCREENED);
            if (result.job().userId() != null) row.put("user_id", result.job().userId());
            row.put("track_id", best.track().trackId());
            row.put("set_by", SET_BY);
            row.put("note", "score " + Numbers.plain(best.score().value()) + " for " + best.track().name()
                    + " (at least " + Numbers.plain(best.track().screen().minScore()) + ")");
            try {
                store.putIf("crm_status", row, MAY_SCREEN);
                moved++;
            } catch (ConflictException stageAlreadySet) {
                kept++;
            }
        }
        return new Outcome(moved, kept);
    }
}

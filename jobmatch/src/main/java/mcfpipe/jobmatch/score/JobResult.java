package mcfpipe.jobmatch.score;

import java.util.List;

/**
 * A job's scores, one per track in the tracks' order, and which of them is best (the highest; on a tie the first).
 * The job is screened by its best track.
 */
public record JobResult(JobRecord job, List<TrackScore> scores, int best) {
    public JobResult {
        scores = List.copyOf(scores);
    }

    public TrackScore bestScore() {
        return scores.get(best);
    }

    public boolean screened() {
        return bestScore().verdict().pass();
    }
}

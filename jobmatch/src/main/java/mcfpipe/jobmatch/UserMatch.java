package mcfpipe.jobmatch;

import java.util.List;

/**
 * What a run did for one user.
 *
 * @param jobs            jobs scored (the user's job_search rows whose job item exists)
 * @param missingJobs     job_search rows whose job item is missing
 * @param scoresWritten   track_score rows written (new or changed)
 * @param scoresUnchanged track_score rows already as computed
 * @param scoreFailures   track_score rows DynamoDB did not take (throttling); the run should be retried
 * @param reassigned      job_search rows whose track_id changed
 * @param screened        jobs moved to SCREENED by this run
 * @param stageKept       jobs that passed a screen but already had a stage other than OPEN
 */
public record UserMatch(String userId, int jobs, int missingJobs, List<TrackMatch> tracks, int scoresWritten,
                        int scoresUnchanged, int scoreFailures, int reassigned, int screened, int stageKept) {
    public UserMatch {
        tracks = List.copyOf(tracks);
    }
}

package mcfpipe.jobmatch.score;

/** A job's score for one track and the track's screen on it. */
public record TrackScore(TrackContext track, Score score, Screen.Verdict verdict) {
    public String evidence() {
        return Evidence.json(score, verdict);
    }
}

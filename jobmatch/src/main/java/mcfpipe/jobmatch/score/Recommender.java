package mcfpipe.jobmatch.score;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Scores a user's jobs for each of the user's tracks, picks each job's best track and applies that track's
 * screen. Pure: rows in, results out; reading and writing the tables is {@code MatchRun}'s job.
 * <p>
 * Comparable salaries for a track are those of the jobs its own search found (same search keywords); when that
 * search brought fewer than {@link #MIN_POOL} salaries, all of the user's jobs are the pool instead.
 */
public final class Recommender {
    public static final int MIN_POOL = 5;

    private final Scorer scorer;

    public Recommender(Libraries libraries) {
        this.scorer = new Scorer(libraries);
    }

    public Scorer scorer() {
        return scorer;
    }

    /** @param today the current date in Singapore, for the screens */
    public List<JobResult> recommend(List<JobRecord> jobs, List<TrackContext> tracks, LocalDate today) {
        if (tracks.isEmpty()) return List.of();
        List<PreparedJob> prepared = new ArrayList<>(jobs.size());
        for (JobRecord job : jobs) prepared.add(scorer.prepare(job));
        List<SalaryPool> pools = new ArrayList<>(tracks.size());
        for (TrackContext track : tracks) pools.add(pool(prepared, track));
        List<JobResult> results = new ArrayList<>(jobs.size());
        for (PreparedJob job : prepared) {
            List<TrackScore> scores = new ArrayList<>(tracks.size());
            int best = 0;
            for (int t = 0; t < tracks.size(); t++) {
                TrackContext track = tracks.get(t);
                Score score = scorer.score(job, track, pools.get(t));
                scores.add(new TrackScore(track, score, track.screen().check(score.value(), job.job().postedDate(),
                        job.job().closingDate(), job.job().status(), today)));
                if (score.value() > scores.get(best).score().value()) best = t;
            }
            results.add(new JobResult(job.job(), scores, best));
        }
        return results;
    }

    static SalaryPool pool(List<PreparedJob> jobs, TrackContext track) {
        List<Double> own = new ArrayList<>();
        List<Double> all = new ArrayList<>();
        for (PreparedJob job : jobs) {
            if (job.monthlySalary() == null) continue;
            all.add(job.monthlySalary());
            if (track.searchKeywords() != null && track.searchKeywords().trim().equalsIgnoreCase(
                    job.job().searchKeywords() == null ? "" : job.job().searchKeywords().trim())) {
                own.add(job.monthlySalary());
            }
        }
        return own.size() >= MIN_POOL ? new SalaryPool(own, SalaryPool.Source.SEARCH) : new SalaryPool(all, SalaryPool.Source.ALL);
    }
}

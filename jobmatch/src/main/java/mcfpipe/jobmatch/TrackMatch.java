package mcfpipe.jobmatch;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a run did for one track.
 *
 * @param scored  jobs scored for the track
 * @param best    jobs whose best track it is
 * @param passed  of those, the jobs that pass its screen
 * @param top     the highest scores for the track, best first
 * @param failed  of the jobs whose best track it is and that fail its screen, how many fail for each kind of
 *                reason ({@link mcfpipe.jobmatch.score.Screen#kindOf}); a job may count under several
 */
public record TrackMatch(String trackId, String name, int scored, int best, int passed, List<Ranked> top,
                         Map<String, Integer> failed) {
    public TrackMatch {
        top = List.copyOf(top);
        failed = Collections.unmodifiableMap(new TreeMap<>(failed));
    }

    /** One job in a track's ranking. */
    public record Ranked(String jobSearchId, String title, String company, double score) {}
}

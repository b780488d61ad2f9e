package mcfpipe.jobmatch;

import java.util.List;

/**
 * What a run did for one track.
 *
 * @param scored  jobs scored for the track
 * @param best    jobs whose best track it is
 * @param passed  of those, the jobs that pass its screen
 * @param top     the highest scores for the track, best first
 */
public record TrackMatch(String trackId, String name, int scored, int best, int passed, List<Ranked> top) {
    public TrackMatch {
        top = List.copyOf(top);
    }

    /** One job in a track's ranking. */
    public record Ranked(String jobSearchId, String title, String company, double score) {}
}

package mcfpipe.jobmatch.score;

import java.util.List;

/**
 * A job with the work that does not depend on the track done once: the cleaned title words, the title tags,
 * the description's stems (null without a description) and the monthly salary (null when unknown).
 */
public record PreparedJob(JobRecord job, List<String> words, List<String> tags, DescriptionStems stems, Double monthlySalary) {
    public PreparedJob {
        words = List.copyOf(words);
        tags = List.copyOf(tags);
    }
}

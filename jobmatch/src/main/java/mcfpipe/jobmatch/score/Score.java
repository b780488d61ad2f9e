package mcfpipe.jobmatch.score;

import java.util.List;

/**
 * A job's 0..1 score for one track and every part that made it.
 *
 * @param value        the score, 4 decimals
 * @param method       the recipe, {@link Scorer#METHOD}
 * @param words        the cleaned title
 * @param tags         the title-tag part
 * @param rank         the seniority derank
 * @param keywords     the keyword match; null when skipped, {@code keywordsSkipped} says why
 * @param salary       the salary weight (neutral when the salary is unknown)
 */
public record Score(String trackId, double value, String method, List<String> words, TitleTags.Match tags,
                    SeniorityRank.Result rank, KeywordMatch.Result keywords, String keywordsSkipped,
                    SalaryPercentile.Result salary) {
    public Score {
        words = List.copyOf(words);
    }
}

package mcfpipe.jobmatch.score;

/**
 * The scoring recipe, a pure function of a job, a track and the libraries (no I/O, no clock):
 * <pre>
 *   relevance = min(1, title-tag part + KEYWORD_WEIGHT x keyword part)
 *   score     = relevance x seniority factor x salary factor
 * </pre>
 * The title-tag part (0..1) carries the score: the keyword part can only add to it, the seniority and salary
 * factors (each at most 1) only take away. A missing description adds nothing; a missing salary weighs as the median.
 */
public final class Scorer {
    /** Names the recipe in every track_score row; bump the version when a weight or rule changes. */
    public static final String METHOD = "bigram+rank+kw+salpct.v1";
    /** How much a full keyword match adds to the title-tag part. */
    public static final double KEYWORD_WEIGHT = 0.25;
    public static final String NO_DESCRIPTION = "no description";
    public static final String NO_KEYWORDS = "no keywords";

    private final TitleCleaner cleaner;
    private final SeniorityRank seniority;

    public Scorer(Libraries libraries) {
        this.cleaner = new TitleCleaner(libraries);
        this.seniority = new SeniorityRank(libraries.ranks());
    }

    /** The track-independent work, done once per job. */
    public PreparedJob prepare(JobRecord job) {
        var words = cleaner.words(job.title());
        DescriptionStems stems = job.description() == null || job.description().isBlank() ? null : DescriptionStems.of(job.description());
        return new PreparedJob(job, words, TitleTags.of(words), stems,
                MonthlySalary.of(job.salaryMin(), job.salaryMax(), job.salaryPeriod()));
    }

    public Score score(JobRecord job, TrackContext track, SalaryPool comparables) {
        return score(prepare(job), track, comparables);
    }

    public Score score(PreparedJob job, TrackContext track, SalaryPool comparables) {
        TitleTags.Match tags = TitleTags.score(job.tags(), track.tags());
        SeniorityRank.Result rank = seniority.rank(job.words(), track.rank());
        KeywordMatch.Result keywords = null;
        String skipped = null;
        if (track.keywords().isEmpty()) skipped = NO_KEYWORDS;
        else if (job.stems() == null) skipped = NO_DESCRIPTION;
        else keywords = KeywordMatch.match(job.stems(), track.keywords());
        SalaryPercentile.Result salary = SalaryPercentile.of(job.monthlySalary(), comparables);
        double relevance = Math.min(1, tags.part() + (keywords == null ? 0 : KEYWORD_WEIGHT * keywords.part()));
        double value = Numbers.round(relevance * rank.factor() * salary.factor());
        return new Score(track.trackId(), value, METHOD, job.words(), tags, rank, keywords, skipped, salary);
    }
}

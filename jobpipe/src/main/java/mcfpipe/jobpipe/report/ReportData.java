package mcfpipe.jobpipe.report;

import java.math.BigDecimal;
import java.util.List;

/**
 * Everything the report shows, read from the analysis file's tables. Plain values, no formatting.
 *
 * @param reportDate the day the report is for (Singapore time)
 * @param lastRunAt  when the ETL last ran (UTC, ISO_TIMESTAMP)
 */
public record ReportData(String reportDate, String lastRunAt, Totals totals, List<WeekPosts> weeks,
                         List<TrackReport> tracks, List<CategorySalary> salaries) {
    public ReportData {
        weeks = List.copyOf(weeks);
        tracks = List.copyOf(tracks);
        salaries = List.copyOf(salaries);
    }

    /** Headline counts. {@code unscored}: users' jobs no track has scored yet. */
    public record Totals(long posts, long leads, long scored, long unscored, long applied, long interviews, long offers) {}

    public record WeekPosts(String week, String weekStart, long posts) {}

    /** One search track: its funnel, its score histogram (ten counts, 0.0-0.1 first), stages and top jobs. */
    public record TrackReport(String trackId, String name, String userId, Funnel funnel, List<Long> scoreBins,
                              List<StageCount> stages, List<TopJob> topJobs) {
        public TrackReport {
            scoreBins = List.copyOf(scoreBins);
            stages = List.copyOf(stages);
            topJobs = List.copyOf(topJobs);
        }

        public long scored() {
            return scoreBins.stream().mapToLong(Long::longValue).sum();
        }
    }

    /** Conversions are null when the step before is empty. */
    public record Funnel(long leads, long screened, long applied, long interview, long offer,
                         Double screenedToApplied, Double appliedToInterview, Double interviewToOffer) {
        public static final Funnel EMPTY = new Funnel(0, 0, 0, 0, 0, null, null, null);
    }

    public record StageCount(String stage, long jobs) {}

    public record TopJob(int rank, String jobSId, String jobId, String position, String url, String company,
                         BigDecimal salaryMin, BigDecimal salaryMax, String salaryPeriod, String postedDate,
                         String closingDate, double score, String method, String evidence, String stage) {}

    /** Monthly SGD; null when no job of the category states a monthly or yearly salary. */
    public record CategorySalary(String category, long jobs, long withSalary, Double min, Double median, Double max) {}
}

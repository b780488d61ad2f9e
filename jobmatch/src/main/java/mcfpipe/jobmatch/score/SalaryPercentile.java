package mcfpipe.jobmatch.score;

/**
 * Weighs a score by where the job's salary sits among comparable jobs: the factor runs from
 * {@link #LOWEST_FACTOR} for the lowest-paid to 1 for the best-paid. A job without a known salary (or with an
 * empty pool) gets the median's factor, so it is neither rewarded nor punished for the missing figure.
 */
public final class SalaryPercentile {
    public static final double LOWEST_FACTOR = 0.75;
    /** The factor of a job at the 50th percentile, given to jobs whose salary is unknown. */
    public static final double NEUTRAL_FACTOR = factorAt(0.5);

    private SalaryPercentile() {}

    /**
     * @param monthly the job's monthly salary; null when unknown
     * @param percentile 0..1; null when unknown
     * @param of the pool's size
     */
    public record Result(Double monthly, Double percentile, int of, SalaryPool.Source pool, double factor) {
        public boolean known() {
            return percentile != null;
        }
    }

    public static Result of(Double monthly, SalaryPool pool) {
        if (monthly == null || pool.size() == 0) return new Result(monthly, null, pool.size(), pool.source(), NEUTRAL_FACTOR);
        double p = pool.percentile(monthly);
        return new Result(monthly, p, pool.size(), pool.source(), factorAt(p));
    }

    static double factorAt(double percentile) {
        return LOWEST_FACTOR + (1 - LOWEST_FACTOR) * percentile;
    }
}

package mcfpipe.jobmatch.score;

import java.util.Arrays;
import java.util.Collection;

/** The monthly salaries of comparable jobs, sorted once so a job's percentile is two binary searches. */
public final class SalaryPool {
    /** What the pool was drawn from, for the evidence: the track's own search, or all of the user's jobs. */
    public enum Source { SEARCH, ALL }

    private final double[] sorted;
    private final Source source;

    public SalaryPool(Collection<Double> salaries, Source source) {
        this.sorted = salaries.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        this.source = source;
    }

    public SalaryPool(double[] salaries, Source source) {
        this.sorted = salaries.clone();
        Arrays.sort(this.sorted);
        this.source = source;
    }

    public int size() {
        return sorted.length;
    }

    public Source source() {
        return source;
    }

    /**
     * The mid-rank percentile, 0..1: the share of the pool below the salary plus half the share equal to it,
     * so the only job of its salary in a pool of one sits at 0.5 and ties share one place.
     */
    public double percentile(double salary) {
        if (sorted.length == 0) throw new IllegalStateException("an empty pool has no percentiles");
        int below = lowerBound(salary);
        int upTo = upperBound(salary);
        return (below + (upTo - below) / 2.0) / sorted.length;
    }

    private int lowerBound(double v) {
        int lo = 0, hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < v) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    private int upperBound(double v) {
        int lo = 0, hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= v) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}

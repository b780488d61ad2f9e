package mcfpipe.jobmatch.score;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * One number per job for comparing salaries: the middle of the range shown (or the one bound shown, for
 * "Up to $X" and "Above $X"), per month. Yearly salaries are divided by 12; hourly and daily ones are left out,
 * since how many hours or days a month they stand for is not known.
 */
public final class MonthlySalary {
    private MonthlySalary() {}

    /** SGD a month, or null when no salary is shown or its period cannot be turned into months. */
    public static Double of(BigDecimal min, BigDecimal max, String period) {
        if (min == null && max == null) return null;
        double value = min == null ? max.doubleValue() : max == null ? min.doubleValue()
                : (min.doubleValue() + max.doubleValue()) / 2;
        if (value <= 0) return null;
        String p = period == null ? "monthly" : period.trim().toLowerCase(Locale.ROOT);
        return switch (p) {
            case "", "monthly", "month", "per month" -> value;
            case "annually", "annual", "yearly", "year", "per annum" -> value / 12;
            default -> null;
        };
    }
}

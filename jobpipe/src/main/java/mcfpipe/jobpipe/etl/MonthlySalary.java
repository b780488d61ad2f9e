package mcfpipe.jobpipe.etl;

/**
 * SQL for a salary bound as a monthly figure. Only periods with an exact conversion count: monthly as is,
 * yearly divided by 12. Hourly or daily pay would need an assumed number of hours or days, so those salaries
 * are left out (NULL) rather than guessed.
 */
final class MonthlySalary {
    private MonthlySalary() {}

    static String of(String amountColumn, String periodColumn) {
        return "round(CASE lower(" + periodColumn + ") WHEN 'monthly' THEN " + amountColumn
                + " WHEN 'annually' THEN " + amountColumn + " / 12.0 WHEN 'yearly' THEN " + amountColumn
                + " / 12.0 WHEN 'annual' THEN " + amountColumn + " / 12.0 END, 2)";
    }
}

package mcfpipe.jobmatch.score;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * What the recommender needs of one of a user's jobs: the {@code job} row joined to the user's {@code job_search} row.
 *
 * @param searchKeywords the search that found the job, used to draw comparable salaries
 * @param status         the job table's status (0 card, 1 page, 2 closed)
 */
public record JobRecord(String jobSearchId, String jobId, String userId, String title, String company, String description,
                        BigDecimal salaryMin, BigDecimal salaryMax, String salaryPeriod, LocalDate postedDate,
                        LocalDate closingDate, Integer status, String searchKeywords) {

    /** From a {@code job} row and the user's {@code job_search} row of it. */
    public static JobRecord of(JsonNode job, JsonNode jobSearch) {
        return new JobRecord(
                text(jobSearch, "job_s_id"),
                text(job, "job_id"),
                text(jobSearch, "user_id"),
                text(job, "position"),
                text(job, "company_name"),
                text(job, "description"),
                decimal(job, "salary_min"),
                decimal(job, "salary_max"),
                text(job, "salary_period"),
                date(job, "posted_date"),
                date(job, "closing_date"),
                job.hasNonNull("status") ? job.get("status").asInt() : null,
                text(jobSearch, "search_keywords"));
    }

    private static String text(JsonNode row, String column) {
        JsonNode v = row.get(column);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static BigDecimal decimal(JsonNode row, String column) {
        JsonNode v = row.get(column);
        return v == null || !v.isNumber() ? null : v.decimalValue();
    }

    /** Rows are validated on write, so a bad date here means an old or foreign row: treat it as unknown. */
    private static LocalDate date(JsonNode row, String column) {
        String v = text(row, column);
        if (v == null) return null;
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}

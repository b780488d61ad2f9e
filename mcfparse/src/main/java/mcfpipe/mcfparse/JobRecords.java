package mcfpipe.mcfparse;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import mcfpipe.mcfparse.parse.JobCard;
import mcfpipe.mcfparse.parse.JobPost;
import mcfpipe.mcfparse.parse.Text;

/**
 * Rows of the {@code job} table (storage/db_schema.json) from parsed pages. Absent values are left out
 * rather than written as null; numbers are exact ({@link BigDecimal} salaries, whole-number counts);
 * dates are ISO yyyy-MM-dd. {@code created}/{@code last_modified} are set by the store, not here.
 */
public final class JobRecords {
    private JobRecords() {}

    /** {@code status} of a job known only from a search card. */
    public static final int STATUS_CARD = 0;
    /** {@code status} of a job whose own page was parsed. */
    public static final int STATUS_PAGE = 1;

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    /**
     * A card's row. The card's {@code position} on the page is not a column: the table's {@code position}
     * is the job title. The card's category becomes a one-element {@code categories} (split only on commas).
     */
    public static ObjectNode of(JobCard card) {
        ObjectNode row = NODES.objectNode();
        text(row, "job_id", card.uuid());
        text(row, "url", card.url());
        text(row, "position", card.title());
        text(row, "company_name", card.company());
        text(row, "location", card.location());
        list(row, "employment_types", card.employmentTypes());
        text(row, "seniority", card.seniority());
        list(row, "categories", Text.splitList(card.category()));
        integer(row, "min_experience_years", card.minExperienceYears());
        decimal(row, "salary_min", card.salaryMin());
        decimal(row, "salary_max", card.salaryMax());
        text(row, "salary_period", card.salaryPeriod());
        date(row, "posted_date", card.postedDate());
        integer(row, "applications", card.applications());
        row.put("status", STATUS_CARD);
        return row;
    }

    /** A job page's row (no {@code url}: the page records none of its own; the card's row has it). */
    public static ObjectNode of(JobPost post) {
        ObjectNode row = NODES.objectNode();
        text(row, "job_id", post.uuid());
        text(row, "mcf_ref", post.mcfRef());
        text(row, "position", post.title());
        text(row, "company_name", post.company());
        text(row, "location", post.location());
        list(row, "employment_types", post.employmentTypes());
        text(row, "seniority", post.seniority());
        list(row, "categories", post.categories());
        integer(row, "min_experience_years", post.minExperienceYears());
        decimal(row, "salary_min", post.salaryMin());
        decimal(row, "salary_max", post.salaryMax());
        text(row, "salary_period", post.salaryPeriod());
        date(row, "posted_date", post.postedDate());
        date(row, "closing_date", post.closingDate());
        integer(row, "applications", post.applications());
        text(row, "description", post.description());
        list(row, "skills", post.skills());
        row.put("status", STATUS_PAGE);
        return row;
    }

    private static void text(ObjectNode row, String column, String value) {
        if (value != null && !value.isBlank()) row.put(column, value);
    }

    private static void integer(ObjectNode row, String column, Integer value) {
        if (value != null) row.put(column, value.intValue());
    }

    private static void decimal(ObjectNode row, String column, BigDecimal value) {
        if (value != null) row.set(column, NODES.numberNode(value));
    }

    private static void date(ObjectNode row, String column, LocalDate value) {
        if (value != null) row.put(column, value.toString());
    }

    private static void list(ObjectNode row, String column, List<String> values) {
        if (values == null || values.isEmpty()) return;
        ArrayNode array = row.putArray(column);
        values.forEach(array::add);
    }
}

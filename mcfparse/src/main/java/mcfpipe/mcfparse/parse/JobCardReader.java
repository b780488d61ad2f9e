package mcfpipe.mcfparse.parse;

import java.time.Instant;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/** Reads one search-result card ({@code data-testid=job-card}) into a {@link JobCard}. */
final class JobCardReader {
    private JobCardReader() {}

    static final String CARD = "job-card";
    private static final String LINK = "job-card-link";
    private static final String TITLE = "job-card__job-title";
    private static final String COMPANY = "company-hire-info";
    private static final String LOCATION = "job-card__location";
    private static final String EMPLOYMENT_TYPE = "job-card__employment-type";
    private static final String SENIORITY = "job-card__seniority";
    private static final String CATEGORY = "job-card__category";
    private static final String MIN_EXPERIENCE = "job-card__min-experience";
    private static final String SALARY_DESC = "salary-desc";
    private static final String SALARY_RANGE = "salary-range";
    private static final String SALARY_TYPE = "salary-type";
    private static final String APPLICATIONS = "job-card__num-of-applications";
    private static final String POSTED = "job-date-info";
    /** Cards sit in a wrapper "white-job-card-N" (search result) or "green-job-card-N" (recommended). */
    private static final Pattern WRAPPER = Pattern.compile("(green|white)-job-card-\\d+");
    private static final String RECOMMENDED_BANNER = "render-more-jobs";

    static JobCard read(Element card, int position, Instant fetchedAt, String baseUrl) {
        String where = "job card " + position;
        TestIds ids = TestIds.index(card);
        Element link = ids.first(LINK);
        if (link == null || link.attr("href").isBlank()) {
            throw new PageParseException(where + " has no job link (data-testid=" + LINK + ")");
        }
        String url = JobUrls.absolute(link.attr("href"), baseUrl);
        String uuid = JobUrls.uuid(url);
        where += " (" + uuid + ")";
        try {
            String title = ids.text(TITLE);
            if (title == null) throw new PageParseException("has no job title (data-testid=" + TITLE + ")");
            String postedText = ids.completeText(POSTED);
            if (postedText == null) throw new PageParseException("has no posted date (data-testid=" + POSTED + ")");
            LocalDate posted = SiteDates.resolve(postedText, fetchedAt, "posted date (data-testid=" + POSTED + ")");
            Salary salary = Money.salary(joined(ids.spacedText(SALARY_DESC), ids.spacedText(SALARY_RANGE)), ids.text(SALARY_TYPE));
            return new JobCard(
                    uuid,
                    url,
                    title,
                    ids.text(COMPANY),
                    ids.completeText(LOCATION),
                    Text.splitList(ids.completeText(EMPLOYMENT_TYPE)),
                    ids.completeText(SENIORITY),
                    ids.completeText(CATEGORY),
                    Counts.leadingOrNull(ids.completeText(MIN_EXPERIENCE), "minimum experience (data-testid=" + MIN_EXPERIENCE + ")"),
                    salary.min(),
                    salary.max(),
                    salary.period(),
                    salary.text(),
                    postedText,
                    posted,
                    Counts.leadingOrNull(ids.completeText(APPLICATIONS), "applications (data-testid=" + APPLICATIONS + ")"),
                    recommended(card),
                    position);
        } catch (PageParseException e) {
            throw new PageParseException(where + ": " + e.getMessage(), e);
        }
    }

    private static boolean recommended(Element card) {
        for (Element a = card.parent(); a != null; a = a.parent()) {
            String id = a.attr(TestIds.ATTR);
            if (WRAPPER.matcher(id).matches()) return id.startsWith("green");
            if (a.getElementsByAttributeValue(TestIds.ATTR, CARD).size() > 1) break;
        }
        Element parent = card.parent();
        return parent != null && parent.children().stream().anyMatch(c -> RECOMMENDED_BANNER.equals(c.attr(TestIds.ATTR)));
    }

    private static String joined(String a, String b) {
        if (a == null) return b;
        return b == null ? a : a + " " + b;
    }
}

package mcfpipe.mcfparse.parse;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Parses an MCF job page into a {@link JobPost}. Pure: no I/O. */
public final class JobPageParser {
    private JobPageParser() {}

    private static final String KIND = "job";
    private static final String TITLE = "job-details-info-job-title";
    private static final String POST_ID = "job-details-info-job-post-id";
    private static final String COMPANY = "company-hire-info";
    private static final String LOCATION = "job-details-info-location-span";
    private static final String EMPLOYMENT_TYPE = "job-details-info-employment-type";
    private static final String SENIORITY = "job-details-info-seniority";
    private static final String MIN_EXPERIENCE = "job-details-info-min-experience";
    private static final String CATEGORIES = "job-details-info-job-categories";
    private static final String APPLICATIONS = "job-details-info-num-of-applications";
    private static final String POSTED = "job-details-info-last-posted-date";
    private static final String CLOSING = "job-details-info-job-expiry-date";
    private static final String SALARY_DESC = "salary-desc";
    private static final String SALARY_RANGE = "salary-range";
    private static final String SALARY_TYPE = "salary-type";
    private static final String DESCRIPTION = "description-content";
    private static final String SKILLS = "skills-needed";
    private static final String SKILL = "pill-button";
    /** "People who viewed this job also viewed": other jobs' cards, which reuse this page's hooks. */
    private static final Set<String> OTHER_JOBS = Set.of("suggested-jobs", "job-card-lite", "job-card");
    /** The page's own bookmark toggle is named by the job uuid. */
    private static final Pattern BOOKMARK = Pattern.compile("([0-9a-f]{32})-bookmark-button");
    private static final Pattern MCF_REF = Pattern.compile("MCF-\\d{4}-\\d+");

    /**
     * @param html      the page as stored
     * @param fetchedAt when the page was fetched (resolves relative dates, should the page show any)
     * @throws PageParseException if the page is empty, truncated, not a job page, or holds a value in an unknown form
     */
    public static JobPost parse(String html, Instant fetchedAt) {
        Objects.requireNonNull(fetchedAt, "fetchedAt");
        return parse(HtmlDocuments.fromText(html, null, KIND), fetchedAt);
    }

    /**
     * @param charset the charset the page was stored in; null to detect it from a byte-order mark or the
     *                page's {@code <meta charset>}, else UTF-8
     */
    public static JobPost parse(byte[] html, String charset, Instant fetchedAt) {
        Objects.requireNonNull(fetchedAt, "fetchedAt");
        return parse(HtmlDocuments.fromBytes(html, charset, null, KIND), fetchedAt);
    }

    private static JobPost parse(Document doc, Instant fetchedAt) {
        TestIds ids = TestIds.index(doc, OTHER_JOBS);
        String title = ids.text(TITLE);
        if (title == null) {
            throw new PageParseException("job page has no job title (data-testid=" + TITLE + "): truncated or not a job page");
        }
        PageCompleteness.requireFooter(doc, KIND, "the job details");
        String mcfRef = mcfRef(ids.text(POST_ID));
        String uuid = uuid(ids, mcfRef);
        try {
            String postedText = ids.text(POSTED);
            if (postedText == null) throw new PageParseException("has no posted date (data-testid=" + POSTED + ")");
            String closingText = ids.text(CLOSING);
            Salary salary = Money.salary(joined(ids.spacedText(SALARY_DESC), ids.spacedText(SALARY_RANGE)), ids.text(SALARY_TYPE));
            Element description = ids.first(DESCRIPTION);
            String descriptionText = description == null ? null : DescriptionText.of(description);
            if (descriptionText != null && descriptionText.isEmpty()) descriptionText = null;
            return new JobPost(
                    uuid,
                    mcfRef,
                    title,
                    ids.text(COMPANY),
                    ids.text(LOCATION),
                    Text.splitList(ids.text(EMPLOYMENT_TYPE)),
                    ids.text(SENIORITY),
                    Counts.leadingOrNull(ids.text(MIN_EXPERIENCE), "minimum experience (data-testid=" + MIN_EXPERIENCE + ")"),
                    Text.splitList(ids.text(CATEGORIES)),
                    salary.min(),
                    salary.max(),
                    salary.period(),
                    salary.text(),
                    SiteDates.resolve(postedText, fetchedAt, "posted date (data-testid=" + POSTED + ")"),
                    closingText == null ? null : SiteDates.resolve(closingText, fetchedAt, "closing date (data-testid=" + CLOSING + ")"),
                    Counts.leadingOrNull(ids.text(APPLICATIONS), "applications (data-testid=" + APPLICATIONS + ")"),
                    descriptionText,
                    skills(ids.first(SKILLS)));
        } catch (PageParseException e) {
            throw new PageParseException("job page " + uuid + ": " + e.getMessage(), e);
        }
    }

    private static String mcfRef(String shown) {
        if (shown == null) return null;
        if (!MCF_REF.matcher(shown).matches()) {
            throw new PageParseException("job page post id '" + shown + "' (data-testid=" + POST_ID + ") is not an MCF reference MCF-YYYY-NNNNNNN");
        }
        return shown;
    }

    /**
     * The job uuid: the page's own bookmark toggle ("{uuid}-bookmark-button"; the other jobs' cards are
     * skipped), or else md5 of the job post id, which is how MCF derives it.
     */
    private static String uuid(TestIds ids, String mcfRef) {
        String bookmark = ids.firstIdMatching(BOOKMARK);
        if (bookmark != null) return bookmark.substring(0, 32);
        if (mcfRef != null) return JobUrls.uuidOfMcfRef(mcfRef);
        throw new PageParseException("job page has no job uuid: neither a {uuid}-bookmark-button hook nor a job post id (data-testid="
                + POST_ID + ")");
    }

    private static List<String> skills(Element section) {
        List<String> out = new ArrayList<>();
        if (section == null) return out;
        for (Element pill : TestIds.index(section).all(SKILL)) {
            String name = Text.clean(pill.text());
            if (name != null) out.add(name);
        }
        return out;
    }

    private static String joined(String a, String b) {
        if (a == null) return b;
        return b == null ? a : a + " " + b;
    }
}

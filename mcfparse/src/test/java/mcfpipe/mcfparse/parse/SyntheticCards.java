package mcfpipe.mcfparse.parse;

/**
 * Small search pages written for the tests, in the recorded page's shape (hooks, two layouts per card),
 * for the cases the recording does not show.
 */
final class SyntheticCards {
    private SyntheticCards() {}

    static final String UUID = "0123456789abcdef0123456789abcdef";

    /** A search page around the given card blocks, with the footer every MCF page ends with. */
    static String page(String... wrappedCards) {
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>"
                + "<div data-testid=\"search-results-page-label\">2 jobs found</div><div data-testid=\"card-list\">"
                + String.join("", wrappedCards)
                + "</div><footer data-testid=\"footer-component\">MyCareersFuture</footer></body></html>";
    }

    static String wrapped(String wrapperTestId, String card) {
        return "<div data-testid=\"" + wrapperTestId + "\">" + card + "</div>";
    }

    /** A card; {@code mobile} and {@code desktop} are the job-info sections of the two layouts, salary the salary-info inner HTML. */
    static String card(String href, String title, String mobile, String desktop, String salary, String dateAndApplications) {
        return "<div data-testid=\"job-card\"><a data-testid=\"job-card-link\" href=\"" + href + "\">"
                + (title == null ? "" : "<span data-testid=\"job-card__job-title\">" + title + "</span>")
                + "<p data-testid=\"company-hire-info\">ACME PTE. LTD.</p>"
                + "<section data-testid=\"job-info\">" + mobile + "</section>"
                + "<section data-testid=\"job-info\">" + desktop + "</section>"
                + "<div data-testid=\"salary-info\">" + salary + "</div>"
                + dateAndApplications + "</a></div>";
    }

    static String info(String location, String types, String seniority, String category) {
        return "<p data-testid=\"job-card__location\">" + location + "</p>"
                + "<p data-testid=\"job-card__employment-type\">" + types + "</p>"
                + "<p data-testid=\"job-card__seniority\">" + seniority + "</p>"
                + "<p data-testid=\"job-card__category\">" + category + "</p>";
    }

    static String salary(String desc, String range, String type) {
        return "<span data-testid=\"salary-desc\">" + desc + "</span>"
                + "<span data-testid=\"salary-range\">" + range + "</span>"
                + (type == null ? "" : "<span data-testid=\"salary-type\">" + type + "</span>");
    }

    static String posted(String text) {
        return "<section data-testid=\"job-date-info\"><span>" + text + "</span></section>";
    }

    static String link() {
        return "/job/engineering/some-role-acme-" + UUID + "?source=MCF&event=Search";
    }
}

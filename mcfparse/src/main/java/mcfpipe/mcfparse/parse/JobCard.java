package mcfpipe.mcfparse.parse;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One job card of a search page, as the card shows it.
 *
 * @param uuid               MCF's job id: the last 32 hex characters of the job URL
 * @param url                absolute job URL without the tracking query ("?source=MCF&event=Search")
 * @param employmentTypes    the types shown; when the site cut the list short (" ...") only those before the cut
 * @param category           the category text as shown (not split); without the " ..." marker when cut short
 * @param minExperienceYears from "2 years exp"; null when the card shows none
 * @param salaryMin          SGD, exact; null for "Up to $X" and undisclosed salaries
 * @param salaryMax          SGD, exact; null for "Above $X" and undisclosed salaries
 * @param salaryPeriod       "Monthly" etc., as shown
 * @param salaryText         the salary as shown, e.g. "$3,700 to $5,400"
 * @param postedText         e.g. "Posted 19 days ago"
 * @param postedDate         {@code postedText} resolved against the fetch time in Singapore time
 * @param applications       from "3 applications"
 * @param recommended        a green "Recommended based on your skills" card rather than a search result
 * @param position           0-based index of the card on the page
 */
public record JobCard(
        String uuid,
        String url,
        String title,
        String company,
        String location,
        List<String> employmentTypes,
        String seniority,
        String category,
        Integer minExperienceYears,
        BigDecimal salaryMin,
        BigDecimal salaryMax,
        String salaryPeriod,
        String salaryText,
        String postedText,
        LocalDate postedDate,
        Integer applications,
        boolean recommended,
        int position) {
    public JobCard {
        employmentTypes = employmentTypes == null ? List.of() : List.copyOf(employmentTypes);
    }
}

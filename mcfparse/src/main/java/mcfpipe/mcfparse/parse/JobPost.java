package mcfpipe.mcfparse.parse;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A parsed job page.
 *
 * @param uuid        MCF's job id (32 hex characters)
 * @param mcfRef      the job post id, "MCF-2026-0521403"; null if the page shows none
 * @param categories  every category, in the site's order
 * @param salaryText  the salary as shown, e.g. "$3,700 to $5,400"
 * @param description the description as plain text (see {@link DescriptionText})
 * @param skills      the skills the page lists for the job, in order
 */
public record JobPost(
        String uuid,
        String mcfRef,
        String title,
        String company,
        String location,
        List<String> employmentTypes,
        String seniority,
        Integer minExperienceYears,
        List<String> categories,
        BigDecimal salaryMin,
        BigDecimal salaryMax,
        String salaryPeriod,
        String salaryText,
        LocalDate postedDate,
        LocalDate closingDate,
        Integer applications,
        String description,
        List<String> skills) {
    public JobPost {
        employmentTypes = employmentTypes == null ? List.of() : List.copyOf(employmentTypes);
        categories = categories == null ? List.of() : List.copyOf(categories);
        skills = skills == null ? List.of() : List.copyOf(skills);
    }
}

package mcfpipe.jobmatch.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import mcfpipe.jobmatch.RecordedPages;
import mcfpipe.jobmatch.score.JobRecord;
import mcfpipe.mcfparse.parse.JobCard;
import org.junit.jupiter.api.Test;

/** The scale run's jobs are the recorded page recombined, the same for the same seed. */
class ScaleDataTest {
    private final List<JobRecord> jobs = ScaleData.generate(2000, 20260415L);

    @Test
    void theSameSeedGivesTheSameJobs() {
        assertEquals(jobs, ScaleData.generate(2000, 20260415L));
        assertEquals("Assistant Engineer / 5 Days)", jobs.get(0).title());
        assertEquals("THE SUPREME HR ADVISORY PTE. LTD.", jobs.get(0).company());
        assertEquals("Sales Engineer - Inside Sales Engineer", jobs.get(2).title());
    }

    @Test
    void everyPieceComesFromTheRecordedPage() {
        Set<String> words = new HashSet<>();
        Set<String> companies = new HashSet<>();
        Set<String> salaries = new HashSet<>();
        for (JobCard c : RecordedPages.cards()) {
            words.addAll(List.of(c.title().split(" ")));
            companies.add(c.company());
            salaries.add(c.salaryMin() + "-" + c.salaryMax() + " " + c.salaryPeriod());
        }
        int withDescription = 0;
        for (JobRecord j : jobs) {
            assertTrue(words.containsAll(List.of(j.title().split(" "))), j.title());
            assertTrue(companies.contains(j.company()), j.company());
            assertTrue(salaries.contains(j.salaryMin() + "-" + j.salaryMax() + " " + j.salaryPeriod()));
            assertTrue(!j.postedDate().isAfter(ScaleData.RECORDED_ON) && !j.postedDate().isBefore(ScaleData.RECORDED_ON.minusWeeks(8)));
            if (j.description() != null) withDescription++;
        }
        assertEquals(82, withDescription, "about one in 22 (2000 / 22 = 91), as on the recorded page");
    }
}

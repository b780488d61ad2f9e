package mcfpipe.jobmatch.score;

import static mcfpipe.jobmatch.RecordedPages.cards;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import mcfpipe.mcfparse.parse.JobCard;
import org.junit.jupiter.api.Test;

/** Where the recorded page's salaries sit among the 22 of them. */
class SalaryPercentileTest {
    private static SalaryPool pageSalaries() {
        List<Double> all = new ArrayList<>();
        for (JobCard c : cards()) all.add(MonthlySalary.of(c.salaryMin(), c.salaryMax(), c.salaryPeriod()));
        return new SalaryPool(all, SalaryPool.Source.SEARCH);
    }

    private static Double monthly(int card) {
        JobCard c = cards().get(card);
        return MonthlySalary.of(c.salaryMin(), c.salaryMax(), c.salaryPeriod());
    }

    @Test
    void theMiddleOfTheRangePerMonth() {
        assertEquals("$2,600 to $2,700", cards().get(15).salaryText());
        assertEquals("Monthly", cards().get(15).salaryPeriod());
        assertEquals(2650.0, monthly(15));
        assertEquals(4550.0, monthly(0));
        assertEquals(5000.0, MonthlySalary.of(null, new BigDecimal("5000"), "Monthly"), "Up to $5,000");
        assertEquals(5000.0, MonthlySalary.of(new BigDecimal("48000"), new BigDecimal("72000"), "Annually"));
        assertNull(MonthlySalary.of(new BigDecimal("20"), new BigDecimal("25"), "Hourly"));
        assertNull(MonthlySalary.of(null, null, null));
    }

    @Test
    void diplomaFreshEntrySitsAtTheTwentiethPercentile() {
        // 2650 has 4 of the 22 salaries below it (2350, 2400, 2575, 2600) and itself equal: (4 + 0.5) / 22
        SalaryPercentile.Result r = SalaryPercentile.of(monthly(15), pageSalaries());
        assertEquals(4.5 / 22, r.percentile(), 1e-12);
        assertEquals(22, r.of());
        assertEquals(0.75 + 0.25 * 4.5 / 22, r.factor(), 1e-12);
        assertEquals("0.8011", Numbers.plain(r.factor()));
    }

    @Test
    void tiesShareAPlace() {
        // cards 19 and 21 both pay $3,250 in the middle: 7 below, 2 equal
        assertEquals(3250.0, monthly(19));
        assertEquals(3250.0, monthly(21));
        assertEquals(8.0 / 22, pageSalaries().percentile(3250), 1e-12);
    }

    @Test
    void theTopAndBottomOfThePage() {
        assertEquals(8250.0, monthly(13));
        assertEquals(21.5 / 22, pageSalaries().percentile(8250), 1e-12);
        assertEquals(0.5 / 22, pageSalaries().percentile(2350), 1e-12);
    }

    @Test
    void aMissingSalaryWeighsAsTheMedian() {
        SalaryPercentile.Result r = SalaryPercentile.of(null, pageSalaries());
        assertFalse(r.known());
        assertEquals(0.875, r.factor());
        assertEquals(0.875, SalaryPercentile.of(2650.0, new SalaryPool(List.of(), SalaryPool.Source.ALL)).factor());
    }
}

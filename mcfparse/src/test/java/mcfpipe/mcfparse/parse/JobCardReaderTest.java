package mcfpipe.mcfparse.parse;

import static mcfpipe.mcfparse.parse.SyntheticCards.card;
import static mcfpipe.mcfparse.parse.SyntheticCards.info;
import static mcfpipe.mcfparse.parse.SyntheticCards.link;
import static mcfpipe.mcfparse.parse.SyntheticCards.page;
import static mcfpipe.mcfparse.parse.SyntheticCards.posted;
import static mcfpipe.mcfparse.parse.SyntheticCards.salary;
import static mcfpipe.mcfparse.parse.SyntheticCards.wrapped;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Card forms the recorded page does not show, on small pages written in its shape. */
class JobCardReaderTest {
    private static final String FULL_INFO = info("North", "Permanent, Full Time", "Executive", "Engineering, Manufacturing");
    private static final String CUT_INFO = info("North", "Permanent ...", "Executive", "Engineering ...");
    private static final String MONTHLY = salary("", "$3,000 to $4,000", "Monthly");

    private static JobCard only(String html) {
        SearchPage p = SearchPageParser.parse(html, Fixtures.FETCHED_AT, null);
        assertEquals(1, p.cards().size());
        return p.cards().get(0);
    }

    @Test
    void picksTheUncutLayoutWhicheverComesFirst() {
        for (String[] layouts : List.of(new String[] {CUT_INFO, FULL_INFO}, new String[] {FULL_INFO, CUT_INFO})) {
            JobCard c = only(page(wrapped("white-job-card-0", card(link(), "Engineer", layouts[0], layouts[1], MONTHLY, posted("Posted today")))));
            assertEquals(List.of("Permanent", "Full Time"), c.employmentTypes());
            assertEquals("Engineering, Manufacturing", c.category());
            assertEquals("North", c.location());
        }
    }

    @Test
    void salaryDescriptionAndRangeReadTogether() {
        JobCard upTo = only(page(card(link(), "Engineer", FULL_INFO, FULL_INFO, salary("Up to", "$4,500", "Monthly"), posted("Posted today"))));
        assertNull(upTo.salaryMin());
        assertEquals(new BigDecimal("4500"), upTo.salaryMax());
        assertEquals("Up to $4,500", upTo.salaryText());
        JobCard above = only(page(card(link(), "Engineer", FULL_INFO, FULL_INFO, salary("", "Above $6,000", "Annually"), posted("Posted today"))));
        assertEquals(new BigDecimal("6000"), above.salaryMin());
        assertNull(above.salaryMax());
        assertEquals("Annually", above.salaryPeriod());
        JobCard undisclosed = only(page(card(link(), "Engineer", FULL_INFO, FULL_INFO, salary("", "Salary undisclosed", null), posted("Posted today"))));
        assertNull(undisclosed.salaryMin());
        assertNull(undisclosed.salaryMax());
        assertNull(undisclosed.salaryPeriod());
        assertEquals("Salary undisclosed", undisclosed.salaryText());
    }

    @Test
    void absentOptionalFieldsAreNull() {
        JobCard c = only(page(card(link(), "Engineer", "", "", "", posted("Posted 2 weeks ago"))));
        assertNull(c.location());
        assertEquals(List.of(), c.employmentTypes());
        assertNull(c.minExperienceYears());
        assertNull(c.applications());
        assertNull(c.salaryText());
        assertEquals(LocalDate.of(2026, 4, 1), c.postedDate());
        assertFalse(c.recommended());
        assertEquals("https://www.mycareersfuture.gov.sg/job/engineering/some-role-acme-" + SyntheticCards.UUID, c.url());
    }

    @Test
    void recommendedByItsBannerWhenThereIsNoWrapperHook() {
        String banner = "<div data-testid=\"render-more-jobs\">Recommended based on your skills &amp; job applications</div>";
        JobCard c = only(page("<div>" + banner + card(link(), "Engineer", FULL_INFO, FULL_INFO, MONTHLY, posted("Posted today")) + "</div>"));
        assertTrue(c.recommended());
        JobCard green = only(page(wrapped("green-job-card-0", "<div>" + card(link(), "Engineer", FULL_INFO, FULL_INFO, MONTHLY, posted("Posted today")) + "</div>")));
        assertTrue(green.recommended());
    }

    @Test
    void aCardWithoutTitleNamesTheCardAndTheHook() {
        PageParseException e = assertThrows(PageParseException.class,
                () -> only(page(card(link(), null, FULL_INFO, FULL_INFO, MONTHLY, posted("Posted today")))));
        assertTrue(e.getMessage().startsWith("job card 0 (" + SyntheticCards.UUID + "): has no job title (data-testid=job-card__job-title)"),
                e.getMessage());
    }

    @Test
    void aCardWithoutDateOrWithABadLinkOrSalaryIsRejected() {
        PageParseException noDate = assertThrows(PageParseException.class,
                () -> only(page(card(link(), "Engineer", FULL_INFO, FULL_INFO, MONTHLY, ""))));
        assertTrue(noDate.getMessage().contains("has no posted date (data-testid=job-date-info)"), noDate.getMessage());
        PageParseException badLink = assertThrows(PageParseException.class,
                () -> only(page(card("/job/engineering/no-uuid-here", "Engineer", FULL_INFO, FULL_INFO, MONTHLY, posted("Posted today")))));
        assertTrue(badLink.getMessage().contains("does not end in a 32-hex job uuid"), badLink.getMessage());
        PageParseException badSalary = assertThrows(PageParseException.class,
                () -> only(page(card(link(), "Engineer", FULL_INFO, FULL_INFO, salary("", "Competitive", "Monthly"), posted("Posted today")))));
        assertTrue(badSalary.getMessage().startsWith("job card 0 (" + SyntheticCards.UUID + "): unrecognised salary 'Competitive'"),
                badSalary.getMessage());
    }
}

package mcfpipe.mcfparse.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The recorded job page MCF-2026-0521403: every field, read off the page by hand. */
class JobPageParserTest {
    private static JobPost post;

    static final String DESCRIPTION = String.join("\n",
            "Job Description & Requirements",
            "• Knowledge ofengineering fundamentals and practices",
            "• Ability to draft and design plans and schematics",
            "• Strong analytical and problem-solving skills",
            "• Technical project management skills and experience",
            "• Excellent communication skills",
            "• Ability to design and test systems",
            "• Knowledge of the latest trends and technologies",
            "Engineers are tasked with several key responsibilities that ensure the efficiency and safety of systems.",
            "",
            "These include:",
            "- Designing, developing, and testing electrical equipment and systems, focusing on safety, efficiency, and reliability.",
            "- Analyzing systems and components to identify hazards, defects, or the need for adjustment or repair, and to ensure compliance with codes.",
            "- Directing and coordinating manufacturing, construction, installation, maintenance, support, documentation, and testing activities to ensure compliance with specifications, codes, and customer requirements.",
            "- Performing detailed calculations to establish standards and specifications.",
            "- Using computer-assisted engineering and design software and equipment to perform engineering tasks.",
            "- Preparing specifications for purchases of all type of equipment and materials.",
            "- Supervising or training project team members as necessary.",
            "- Estimating material, labor, or construction costs for budget preparation purposes.",
            "Requirements:",
            "To qualify for a position as an Engineer, candidates must meet specific educational and certification standards:",
            "- BE (Electrical & Electronics Engineering)");

    static final List<String> SKILLS = List.of("Excellent Communication Skills", "Troubleshooting", "Construction", "Electrical",
            "Reliability", "Team Player", "Directing", "Manufacturing", "Electronics", "Technical Support");

    @BeforeAll
    static void parse() {
        post = JobPageParser.parse(Fixtures.bytes(Fixtures.JOB_PAGE), null, Fixtures.FETCHED_AT);
    }

    @Test
    void readsEveryField() {
        JobPost expected = new JobPost(
                "5624187c437fddd00296eecc783ed4cd",
                "MCF-2026-0521403",
                "Engineer",
                "LDRM ENTERPRISES PTE. LTD.",
                "Islandwide",
                List.of("Full Time"),
                "Executive",
                3,
                List.of("Building and Construction"),
                new BigDecimal("3700"),
                new BigDecimal("5400"),
                "Monthly",
                "$3,700 to $5,400",
                LocalDate.of(2026, 3, 27),
                LocalDate.of(2026, 4, 17),
                3,
                DESCRIPTION,
                SKILLS);
        assertEquals(expected, post);
    }

    @Test
    void descriptionHasNoHtmlNoDoubleSpacesAndNoBlankEnds() {
        String d = post.description();
        assertFalse(d.contains("<"), d);
        assertFalse(d.contains("  "), d);
        assertFalse(d.startsWith("\n") || d.endsWith("\n"), d);
        assertFalse(d.contains("\n\n\n"), d);
    }

    @Test
    void theOtherJobsCardsDoNotLeakIntoThePost() {
        // the "also viewed" cards carry their own company-hire-info, salary-range and bookmark hooks
        assertEquals("LDRM ENTERPRISES PTE. LTD.", post.company());
        assertEquals(new BigDecimal("3700"), post.salaryMin());
        assertEquals("5624187c437fddd00296eecc783ed4cd", post.uuid());
    }

    @Test
    void uuidFromTheBookmarkHookAgreesWithMd5OfThePostId() {
        assertEquals(post.uuid(), JobUrls.uuidOfMcfRef(post.mcfRef()));
    }

    @Test
    void withoutTheBookmarkHookTheUuidComesFromThePostId() {
        String page = Fixtures.text(Fixtures.JOB_PAGE).replace("5624187c437fddd00296eecc783ed4cd-bookmark-button", "bookmark-button");
        assertEquals("5624187c437fddd00296eecc783ed4cd", JobPageParser.parse(page, Fixtures.FETCHED_AT).uuid());
    }

    @Test
    void textAndBytesGiveTheSamePost() {
        assertEquals(post, JobPageParser.parse(Fixtures.text(Fixtures.JOB_PAGE), Fixtures.FETCHED_AT));
    }
}

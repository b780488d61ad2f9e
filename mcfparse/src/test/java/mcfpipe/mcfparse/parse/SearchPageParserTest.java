package mcfpipe.mcfparse.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The recorded search page "engineer", page 0: every field of all 22 cards, read off the page by hand. */
class SearchPageParserTest {
    private static SearchPage page;

    @BeforeAll
    static void parse() {
        page = SearchPageParser.parse(Fixtures.bytes(Fixtures.SEARCH_PAGE), "UTF-8", Fixtures.FETCHED_AT, Fixtures.SEARCH_URL);
    }

    /** position, uuid, link path, title, company, location, employment type, seniority, category, min years,
     *  salary min, max, salary text, posted text, posted date, applications, recommended. */
    private static final List<JobCard> EXPECTED = List.of(
            row(0, "5624187c437fddd00296eecc783ed4cd", "/job/building-construction/engineer-ldrm-enterprises-5624187c437fddd00296eecc783ed4cd", "Engineer", "LDRM ENTERPRISES PTE. LTD.", "Islandwide", "Full Time", "Executive", "Building and Construction", null, 3700, 5400, "$3,700 to $5,400", "Posted 19 days ago", "2026-03-27", 3, false),
            row(1, "20488f114b9dc6a7f9c7faddea7cff76", "/job/engineering/sales-engineer-inside-sales-talent-titans-20488f114b9dc6a7f9c7faddea7cff76", "Sales Engineer - Inside Sales (Valves)", "TALENT TITANS PTE. LTD.", "Islandwide", "Full Time", "Junior Executive", "Engineering", null, 4000, 5000, "$4,000 to $5,000", "Posted yesterday", "2026-04-14", 4, false),
            row(2, "334ea95e6652a13c132865a87e998aac", "/job/design/senior-optics-engineer-mit-semiconductor-334ea95e6652a13c132865a87e998aac", "Senior Optics Engineer", "MIT SEMICONDUCTOR PTE. LTD.", "North", "Full Time", "Professional", "Design", 5, 4000, 5800, "$4,000 to $5,800", "Posted 16 days ago", "2026-03-30", 4, true),
            row(3, "4af6d77463b35c7cdb631740b1637b72", "/job/engineering/sales-engineer-global-recruitment-agency-4af6d77463b35c7cdb631740b1637b72", "Sales Engineer", "GLOBAL RECRUITMENT AGENCY", "West", "Full Time", "Fresh/entry level", "Engineering", null, 4000, 6000, "$4,000 to $6,000", "Posted 8 days ago", "2026-04-07", 16, false),
            row(4, "83b14860564b7db1a25b3bf38797ab45", "/job/building-construction/resident-engineer-jjgl-ventures-83b14860564b7db1a25b3bf38797ab45", "Resident Engineer", "JJGL VENTURES PTE. LTD.", "Islandwide", "Contract", "Professional", "Building and Construction", null, 6500, 7500, "$6,500 to $7,500", "Posted 6 days ago", "2026-04-09", 3, false),
            row(5, "22f536e142c3abac0fb7bd9fe15895e3", "/job/information-technology/devops-engineer-cygnify-22f536e142c3abac0fb7bd9fe15895e3", "DevOps Engineer", "CYGNIFY PTE. LTD.", "East", "Permanent", "Senior Executive", "Information Technology", null, 5000, 6300, "$5,000 to $6,300", "Posted 5 days ago", "2026-04-10", 4, false),
            row(6, "aa4e5ffe294948ef73dd29d0a603f023", "/job/engineering/engineering-thaitan-international-aa4e5ffe294948ef73dd29d0a603f023", "engineering", "THAITAN INTERNATIONAL PTE. LTD.", "South", "Full Time", "Professional", "Engineering", null, 6000, 10000, "$6,000 to $10,000", "Posted yesterday", "2026-04-14", 3, false),
            row(7, "6540d68e65a65051f38418a0ac817b2d", "/job/engineering/bms-project-engineer-sbm-engineering-construction-6540d68e65a65051f38418a0ac817b2d", "BMS PROJECT ENGINEER", "SBM ENGINEERING & CONSTRUCTION PTE. LTD.", "West", "Full Time", "Non-executive", "Engineering", null, 3000, 5000, "$3,000 to $5,000", "Posted 14 days ago", "2026-04-01", 5, false),
            row(8, "5731cfb8ecfecfe83214dfc33f18baa3", "/job/hospitality/technician-talent-people-5731cfb8ecfecfe83214dfc33f18baa3", "Technician (Engineering)", "THE TALENT PEOPLE PTE. LTD.", "East", "Full Time", "Non-executive", "Hospitality", null, 2300, 2500, "$2,300 to $2,500", "Posted 6 days ago", "2026-04-09", 0, false),
            row(9, "f3d7b5d773cc19e07785524088be8548", "/job/engineering/engineer-ph-consulting-f3d7b5d773cc19e07785524088be8548", "Engineer", "PH CONSULTING PTE. LTD.", "North", "Full Time", "Professional", "Engineering", null, 3000, 12000, "$3,000 to $12,000", "Posted 2 days ago", "2026-04-13", 1, false),
            row(10, "9416f3b019598acaa653e87127e0e75f", "/job/repair-maintenance/assistant-engineer-ea-recruitment-9416f3b019598acaa653e87127e0e75f", "Assistant Engineer (Training Provided / 5 Days)", "EA RECRUITMENT PTE. LTD.", "Islandwide", "Permanent", "Junior Executive", "Repair and Maintenance", null, 2500, 3000, "$2,500 to $3,000", "Posted 7 days ago", "2026-04-08", 2, false),
            row(11, "591ded7dfd7ebce3e40a1ad3c26e841e", "/job/building-construction/resident-engineer-ronnie-koh-consultants-591ded7dfd7ebce3e40a1ad3c26e841e", "Resident Engineer", "RONNIE & KOH CONSULTANTS PTE. LTD.", "North", "Full Time", "Senior Executive", "Building and Construction", null, 6000, 8000, "$6,000 to $8,000", "Posted 9 days ago", "2026-04-06", 9, false),
            row(12, "948274e890f16f6bd3b39de3f222125e", "/job/admin/electrical-engineer-cum-qs-mirza-me-engineering-948274e890f16f6bd3b39de3f222125e", "Electrical Engineer cum QS", "MIRZA M&E ENGINEERING PTE. LTD.", "East", "Full Time", "Fresh/entry level", "Admin / Secretarial", null, 1800, 3350, "$1,800 to $3,350", "Posted today", "2026-04-15", 0, false),
            row(13, "06741ef7b52124bdb57e042cc9037071", "/job/building-construction/engineer-akv-construction-06741ef7b52124bdb57e042cc9037071", "ENGINEER", "AKV CONSTRUCTION PTE. LTD.", "East", "Full Time", "Executive", "Building and Construction", 1, 6000, 10500, "$6,000 to $10,500", "Posted 16 days ago", "2026-03-30", 12, true),
            row(14, "3f78ddf3abd3e9072f7bf7cb52af8afa", "/job/engineering/assistant-engineer-kelington-engineering-3f78ddf3abd3e9072f7bf7cb52af8afa", "Assistant Engineer", "KELINGTON ENGINEERING (S) PTE. LTD.", "Islandwide", "Full Time", "Non-executive", "Engineering", null, 2200, 3000, "$2,200 to $3,000", "Posted 2 days ago", "2026-04-13", 5, false),
            row(15, "bbd65b04020a86f388b4d9e7cb7c08f9", "/job/engineering/diploma-fresh-entry-welcome-assistant-engineer-atomrecruit-bbd65b04020a86f388b4d9e7cb7c08f9", "Diploma Fresh / Entry welcome!!! Assistant Engineer", "ATOMRECRUIT PTE. LTD.", "East", "Permanent", "Fresh/entry level", "Engineering", null, 2600, 2700, "$2,600 to $2,700", "Posted 2 days ago", "2026-04-13", 1, false),
            row(16, "b8e40f34711927138d77ed2102abf033", "/job/engineering/assistant-engineer-77200-anradus-b8e40f34711927138d77ed2102abf033", "Assistant Engineer #77200", "ANRADUS PTE. LTD.", "Islandwide", "Permanent", "Fresh/entry level", "Engineering", null, 2200, 2500, "$2,200 to $2,500", "Posted 2 days ago", "2026-04-13", 0, false),
            row(17, "4d37012b7163da2b4146d8a8c4bc1fcf", "/job/engineering/sales-engineer-83672-anradus-4d37012b7163da2b4146d8a8c4bc1fcf", "Sales Engineer #83672", "ANRADUS PTE. LTD.", "Islandwide", "Permanent", "Fresh/entry level", "Engineering", null, 3200, 3500, "$3,200 to $3,500", "Posted yesterday", "2026-04-14", 1, false),
            row(18, "43c9739980af90796d9a62853d5ca302", "/job/building-construction/engineer-aims-demolition-build-43c9739980af90796d9a62853d5ca302", "Engineer", "FIRSTCARE EMPLOYMENT PTE. LTD.", "Islandwide", "Permanent", "Professional", "Building and Construction", null, 3500, 4000, "$3,500 to $4,000", "Posted today", "2026-04-15", 1, false),
            row(19, "5eaa398376f4411466a18a050d625d3c", "/job/engineering/associate-engineer-quikbot-technologies-5eaa398376f4411466a18a050d625d3c", "Associate Engineer", "QUIKBOT TECHNOLOGIES PTE. LTD.", "Islandwide", "Full Time", "Senior Executive", "Engineering", null, 3000, 3500, "$3,000 to $3,500", "Posted yesterday", "2026-04-14", 0, false),
            row(20, "d0d55f535cf54b8a4b8226fac2c88265", "/job/engineering/sales-engineer-lpc-industrial-services-d0d55f535cf54b8a4b8226fac2c88265", "SALES ENGINEER", "LPC INDUSTRIAL SERVICES PTE LTD", "West", "Full Time", "Executive", "Engineering", null, 2500, 3500, "$2,500 to $3,500", "Posted yesterday", "2026-04-14", 1, false),
            row(21, "e9e4f39dd5800bed1e349189b26501d1", "/job/engineering/sales-engineering-support-engineer-lentor-5-days-4000-lcyl-supreme-hr-advisory-e9e4f39dd5800bed1e349189b26501d1", "Sales and Engineering Support Engineer [Lentor | 5 days | up to $4000] - LCYL", "THE SUPREME HR ADVISORY PTE. LTD.", "Central", "Permanent", "Executive", "Engineering", null, 2500, 4000, "$2,500 to $4,000", "Posted yesterday", "2026-04-14", 0, false)
    );

    private static JobCard row(int position, String uuid, String path, String title, String company, String location,
            String employmentType, String seniority, String category, Integer minYears, int salaryMin, int salaryMax,
            String salaryText, String postedText, String postedDate, int applications, boolean recommended) {
        return new JobCard(uuid, "https://www.mycareersfuture.gov.sg" + path, title, company, location, List.of(employmentType),
                seniority, category, minYears, BigDecimal.valueOf(salaryMin), BigDecimal.valueOf(salaryMax), "Monthly", salaryText,
                postedText, LocalDate.parse(postedDate), applications, recommended, position);
    }

    static Stream<JobCard> expectedCards() {
        return EXPECTED.stream();
    }

    @Test
    void readsTheHeaderTotalAndAll22Cards() {
        assertEquals(11307, page.totalJobs());
        assertEquals(22, page.cards().size());
        assertEquals(22, EXPECTED.size());
    }

    @ParameterizedTest(name = "card {index}")
    @MethodSource("expectedCards")
    void readsEveryFieldOfEachCard(JobCard expected) {
        assertEquals(expected, page.cards().get(expected.position()));
    }

    @Test
    void theTwoGreenCardsAreTheRecommendedOnes() {
        List<Integer> recommended = page.cards().stream().filter(JobCard::recommended).map(JobCard::position).collect(Collectors.toList());
        assertEquals(List.of(2, 13), recommended);
    }

    @Test
    void firstCardIsTheRecordedJobPageAndItsDateMatches() {
        JobCard first = page.cards().get(0);
        JobPost post = JobPageParser.parse(Fixtures.bytes(Fixtures.JOB_PAGE), null, Fixtures.FETCHED_AT);
        assertEquals(post.uuid(), first.uuid());
        assertEquals(post.postedDate(), first.postedDate());
        assertTrue(Fixtures.JOB_PAGE.contains(first.uuid()));
    }

    @Test
    void urlsAreAbsoluteWithoutTheTrackingQuery() {
        for (JobCard c : page.cards()) {
            assertTrue(c.url().startsWith("https://www.mycareersfuture.gov.sg/job/"), c.url());
            assertFalse(c.url().contains("?"), c.url());
            assertTrue(c.url().endsWith(c.uuid()), c.url());
        }
    }

    @Test
    void textAndBytesGiveTheSameCards() {
        SearchPage fromText = SearchPageParser.parse(Fixtures.text(Fixtures.SEARCH_PAGE), Fixtures.FETCHED_AT, null);
        assertEquals(page, fromText);
    }

    @Test
    void relativeDatesFollowTheFetchTime() {
        SearchPage dayLater = SearchPageParser.parse(Fixtures.text(Fixtures.SEARCH_PAGE), Fixtures.FETCHED_AT.plusSeconds(86_400), null);
        assertEquals(LocalDate.of(2026, 3, 28), dayLater.cards().get(0).postedDate());
        assertEquals(LocalDate.of(2026, 4, 16), dayLater.cards().get(12).postedDate());
    }
}

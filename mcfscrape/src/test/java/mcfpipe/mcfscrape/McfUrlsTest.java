package mcfpipe.mcfscrape;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class McfUrlsTest {
    @Test
    void searchUrlSortsByNewestAndEncodesTheKeywords() {
        assertEquals("https://www.mycareersfuture.gov.sg/search?search=data%20engineer%20%26%20c%2B%2B&sortBy=new_posting_date&page=3",
                McfUrls.search("https://www.mycareersfuture.gov.sg", "data engineer & c++", 3));
    }

    @Test
    void jobLinkDropsTheQueryAndTakesTheTrailingUuid() {
        assertEquals(Optional.of(new JobLink(
                        "https://www.mycareersfuture.gov.sg/job/building-construction/engineer-ldrm-enterprises-5624187c437fddd00296eecc783ed4cd",
                        "5624187c437fddd00296eecc783ed4cd")),
                McfUrls.jobLink("https://www.mycareersfuture.gov.sg/job/building-construction/"
                        + "engineer-ldrm-enterprises-5624187c437fddd00296eecc783ed4cd?source=MCF&event=Search#top"));
    }

    @Test
    void theUuidIsTheLast32HexCharactersInLowerCase() {
        // a slug that itself ends in hex-looking words must not confuse it
        assertEquals(Optional.of("0123456789abcdef0123456789abcdef"),
                McfUrls.uuidOfPath("/job/it/cafe-beef-deadbeef-0123456789ABCDEF0123456789ABCDEF/"));
        assertEquals(Optional.empty(), McfUrls.uuidOfPath("/job/it/too-short-0123456789abcdef"));
    }

    @Test
    void linksThatNameNoJobAreIgnored() {
        assertEquals(Optional.empty(), McfUrls.jobLink("https://www.mycareersfuture.gov.sg/search?search=x"));
        assertEquals(Optional.empty(), McfUrls.jobLink("/job/relative-0123456789abcdef0123456789abcdef"));
        assertEquals(Optional.empty(), McfUrls.jobLink("not a url at all"));
    }
}

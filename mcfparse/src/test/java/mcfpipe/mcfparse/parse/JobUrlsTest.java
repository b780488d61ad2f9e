package mcfpipe.mcfparse.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class JobUrlsTest {
    private static final String HREF = "/job/building-construction/engineer-ldrm-enterprises-5624187c437fddd00296eecc783ed4cd?source=MCF&event=Search";

    @Test
    void absoluteWithoutQuery() {
        String expected = "https://www.mycareersfuture.gov.sg/job/building-construction/engineer-ldrm-enterprises-5624187c437fddd00296eecc783ed4cd";
        assertEquals(expected, JobUrls.absolute(HREF, null));
        assertEquals(expected, JobUrls.absolute(HREF, "https://www.mycareersfuture.gov.sg/search?search=engineer&page=0"));
        assertEquals("http://127.0.0.1:8080/job/x-5624187c437fddd00296eecc783ed4cd",
                JobUrls.absolute("/job/x-5624187c437fddd00296eecc783ed4cd#top", "http://127.0.0.1:8080/replay/search.html"));
    }

    @Test
    void uuidIsTheLast32HexCharactersOnly() {
        assertEquals("5624187c437fddd00296eecc783ed4cd", JobUrls.uuid(HREF));
        // an agency post's slug names the hiring company: only the tail counts
        assertEquals("43c9739980af90796d9a62853d5ca302", JobUrls.uuid("/job/building-construction/engineer-aims-demolition-build-43C9739980AF90796D9A62853D5CA302/"));
    }

    @Test
    void linkWithoutUuidIsRejected() {
        PageParseException e = assertThrows(PageParseException.class, () -> JobUrls.uuid("/job/engineering/engineer-abc123"));
        assertTrue(e.getMessage().contains("does not end in a 32-hex job uuid"), e.getMessage());
        assertThrows(PageParseException.class, () -> JobUrls.absolute("http://exa mple/", null));
    }

    @Test
    void uuidOfMcfRefIsMd5() {
        assertEquals("5624187c437fddd00296eecc783ed4cd", JobUrls.uuidOfMcfRef("MCF-2026-0521403"));
    }
}

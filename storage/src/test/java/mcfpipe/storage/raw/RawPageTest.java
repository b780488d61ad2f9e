package mcfpipe.storage.raw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RawPageTest {

    @Test
    void metadataValuesTravelAsAsciiAndComeBackAsTheyWere() {
        for (String value : new String[] {"用户😀", "ingénieur", "=?looks encoded?=", "tab\there", ""}) {
            String sent = RawPage.encodeMetaValue(value);
            assertTrue(sent.chars().allMatch(c -> c >= 0x20 && c < 0x7f), sent);
            assertEquals(value, RawPage.decodeMetaValue(sent));
        }
        assertEquals("data engineer", RawPage.encodeMetaValue("data engineer"), "ASCII is sent as it is");
        assertEquals("https://x/search?search=data%20engineer", RawPage.decodeMetaValue("https://x/search?search=data%20engineer"));
        assertEquals("=?UTF-8?B?not base64!?=", RawPage.decodeMetaValue("=?UTF-8?B?not base64!?="));
    }
}

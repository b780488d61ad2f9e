package mcfpipe.mcfparse.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextTest {
    @Test
    void cleanCollapsesWhitespaceIncludingNoBreakSpaces() {
        assertEquals("a b c", Text.clean("  a \n\t b\u00A0\u00A0c "));
        assertNull(Text.clean(" \u00A0 "));
        assertNull(Text.clean(null));
    }

    @Test
    void truncationMarker() {
        assertTrue(Text.isTruncated("Engineering ..."));
        assertTrue(Text.isTruncated("Engineering\u2026"));
        assertFalse(Text.isTruncated("Engineering"));
        assertEquals("Engineering", Text.withoutTruncation("Engineering ..."));
    }

    @Test
    void mostCompletePrefersTheUncutVariant() {
        assertEquals("Engineering, Manufacturing", Text.mostComplete(List.of("Engineering ...", "Engineering, Manufacturing")));
        assertEquals("Engineering, Manufacturing", Text.mostComplete(List.of("Engineering, Manufacturing", "Engineering ...")));
        assertEquals("Permanent, Full", Text.mostComplete(List.of("Permanent ...", "Permanent, Full ...")));
        assertEquals("Engineering", Text.mostComplete(List.of("Engineering ...", "Engineering ...")));
        assertEquals("North", Text.mostComplete(Arrays.asList(null, "North")));
        assertNull(Text.mostComplete(List.of()));
    }

    @Test
    void splitListSplitsOnCommasOnly() {
        assertEquals(List.of("Permanent", "Full Time"), Text.splitList("Permanent, Full Time"));
        assertEquals(List.of("Admin / Secretarial", "Engineering"), Text.splitList("Admin / Secretarial,Engineering"));
        assertEquals(List.of(), Text.splitList(null));
    }
}

package mcfpipe.mcfparse.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class DescriptionTextTest {
    private static String of(String html) {
        return DescriptionText.of(Jsoup.parseBodyFragment("<div id=d>" + html + "</div>").getElementById("d"));
    }

    @Test
    void blocksBreakLinesAndListItemsArePrefixed() {
        assertEquals("Title\nfirst line\nsecond line\n- one\n- two\nend",
                of("<p><b>Title</b></p><p>first line<br>second line</p><ul><li>one</li><li><p>two</p></li></ul>end"));
    }

    @Test
    void nestedListsIndent() {
        assertEquals("- a\n  - a1\n- b", of("<ul><li>a<ul><li>a1</li></ul></li><li>b</li></ul>"));
        assertEquals("- first\n- second", of("<ol><li>first</li><li>second</li></ol>"));
    }

    @Test
    void whitespaceCollapsesAndBlankLinesAreSingleAndNeverAtTheEnds() {
        assertEquals("a b\n\nc", of("<p><br></p><p>  a \u00A0 b </p><p><br></p><p><br></p><p>c</p><p><br></p>"));
        assertEquals("", of("<p> </p><ul><li></li></ul>"));
    }

    @Test
    void emptyListItemLeavesNoDash() {
        assertEquals("x", of("<ul><li> </li></ul><p>x</p>"));
    }

    @Test
    void scriptsAreDropped() {
        assertEquals("kept", of("<script>var x = 1;</script><p>kept</p><style>p{}</style>"));
    }
}

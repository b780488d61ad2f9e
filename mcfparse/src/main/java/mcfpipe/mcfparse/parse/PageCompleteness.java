package mcfpipe.mcfparse.parse;

import org.jsoup.nodes.Document;

/**
 * Whether a page was stored whole. A cut-off page still parses into a tree, with its last elements simply
 * missing, so the parsers require the site footer that ends every MCF page.
 */
final class PageCompleteness {
    private PageCompleteness() {}

    static final String FOOTER = "footer-component";

    static void requireFooter(Document doc, String pageKind, String after) {
        if (doc.getElementsByAttributeValue(TestIds.ATTR, FOOTER).isEmpty()) {
            throw new PageParseException(pageKind + " page is truncated: it ends before the site footer (data-testid="
                    + FOOTER + ") that follows " + after);
        }
    }
}

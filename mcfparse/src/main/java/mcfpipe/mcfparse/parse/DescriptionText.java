package mcfpipe.mcfparse.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Rich text (a job description) as plain text: each block element starts a new line, {@code <br>} breaks
 * a line, list items are prefixed "- " (indented two spaces per nesting level), runs of whitespace become one
 * space, at most one blank line in a row, and no blank lines at either end.
 */
public final class DescriptionText {
    private DescriptionText() {}

    private static final Set<String> BLOCKS = Set.of(
            "address", "article", "aside", "blockquote", "dd", "div", "dl", "dt", "fieldset", "figcaption", "figure",
            "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p",
            "pre", "section", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul");
    private static final Set<String> SKIPPED = Set.of("script", "style", "template", "noscript");

    public static String of(Element root) {
        Lines lines = new Lines();
        NodeTraversor.traverse(lines, root);
        return lines.finish();
    }

    private static final class Lines implements NodeVisitor {
        private final List<String> lines = new ArrayList<>();
        private final StringBuilder line = new StringBuilder();
        private String pendingPrefix = "";
        private int listDepth;
        private int skipDepth;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
                if (skipDepth == 0) line.append(t.getWholeText());
                return;
            }
            if (!(node instanceof Element e)) return;
            String tag = e.normalName();
            if (SKIPPED.contains(tag)) skipDepth++;
            if (skipDepth > 0) return;
            if (tag.equals("br")) {
                breakLine(true);
            } else if (BLOCKS.contains(tag)) {
                breakLine(false);
                if (tag.equals("ul") || tag.equals("ol")) listDepth++;
                if (tag.equals("li")) pendingPrefix = "  ".repeat(Math.max(0, listDepth - 1)) + "- ";
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (!(node instanceof Element e)) return;
            String tag = e.normalName();
            if (SKIPPED.contains(tag)) {
                skipDepth--;
                return;
            }
            if (skipDepth > 0 || !BLOCKS.contains(tag)) return;
            breakLine(false);
            if (tag.equals("li")) pendingPrefix = "";
            if (tag.equals("ul") || tag.equals("ol")) listDepth--;
        }

        /**
         * Ends the current line. An empty line is kept only for an explicit {@code <br>}; a list item's
         * "- " goes on its first line with text, even when that text sits in a nested block.
         */
        private void breakLine(boolean explicit) {
            String text = Text.clean(line.toString());
            line.setLength(0);
            if (text == null) {
                if (explicit) lines.add("");
                return;
            }
            lines.add(pendingPrefix + text);
            pendingPrefix = "";
        }

        String finish() {
            breakLine(false);
            StringBuilder out = new StringBuilder();
            boolean blankPending = false;
            for (String l : lines) {
                if (l.isEmpty()) {
                    blankPending = out.length() > 0;
                    continue;
                }
                if (out.length() > 0) out.append(blankPending ? "\n\n" : "\n");
                blankPending = false;
                out.append(l);
            }
            return out.toString();
        }
    }
}

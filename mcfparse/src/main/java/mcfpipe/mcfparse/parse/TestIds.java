package mcfpipe.mcfparse.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The elements under one root, grouped by their {@code data-testid} hook, found in one walk of the tree.
 * Subtrees whose hook is in {@code skipped} (e.g. the "also viewed" job cards on a job page, which reuse
 * the page's hooks) are left out.
 */
final class TestIds {
    static final String ATTR = "data-testid";

    private final Map<String, List<Element>> byId = new LinkedHashMap<>();

    private TestIds() {}

    static TestIds index(Element root, Set<String> skipped) {
        TestIds ids = new TestIds();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element)) return FilterResult.SKIP_ENTIRELY;
                String id = node.attr(ATTR);
                if (id.isEmpty()) return FilterResult.CONTINUE;
                if (node != root && skipped.contains(id)) return FilterResult.SKIP_ENTIRELY;
                ids.byId.computeIfAbsent(id, k -> new ArrayList<>(2)).add((Element) node);
                return FilterResult.CONTINUE;
            }
        }, root);
        return ids;
    }

    static TestIds index(Element root) {
        return index(root, Set.of());
    }

    List<Element> all(String id) {
        return byId.getOrDefault(id, List.of());
    }

    Element first(String id) {
        List<Element> found = all(id);
        return found.isEmpty() ? null : found.get(0);
    }

    /** Clean text of the first element with the hook; null if there is none or it is blank. */
    String text(String id) {
        Element e = first(id);
        return e == null ? null : Text.clean(e.text());
    }

    /** Clean texts of every element with the hook, in page order (e.g. a card's mobile and desktop layouts). */
    List<String> texts(String id) {
        List<Element> found = all(id);
        List<String> out = new ArrayList<>(found.size());
        for (Element e : found) out.add(Text.clean(e.text()));
        return out;
    }

    /**
     * Clean text of the first element with the hook, with a space between its text pieces: the site sets
     * "$3,700", "to" and "$5,400" in adjacent spans with no whitespace between them.
     */
    String spacedText(String id) {
        Element e = first(id);
        if (e == null) return null;
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode t) out.append(t.getWholeText()).append(' ');
        }, e);
        return Text.clean(out.toString());
    }

    /** The first hook, in page order, that matches {@code pattern} (e.g. a bookmark named by a job uuid). */
    String firstIdMatching(Pattern pattern) {
        for (String id : byId.keySet()) {
            if (pattern.matcher(id).matches()) return id;
        }
        return null;
    }

    /** The complete one of the texts of every element with the hook (see {@link Text#mostComplete}). */
    String completeText(String id) {
        return Text.mostComplete(texts(id));
    }

    static String selector(String id) {
        return "[" + ATTR + "=" + id + "]";
    }
}

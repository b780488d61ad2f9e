package mcfpipe.jobpipe.report;

/** Escaping for text and attribute values of HTML and inline SVG. */
final class Html {
    private Html() {}

    static String escape(String text) {
        if (text == null) return "";
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A link target, only when it is a web address: a javascript: or data: URL from the data never becomes a link. */
    static String safeUrl(String url) {
        if (url == null) return null;
        String u = url.trim();
        return u.startsWith("https://") || u.startsWith("http://") ? u : null;
    }

    /** A value for ids and test ids: letters, digits, '-' and '_' only. */
    static String slug(String text) {
        return text == null ? "none" : text.replaceAll("[^A-Za-z0-9_-]", "-");
    }
}

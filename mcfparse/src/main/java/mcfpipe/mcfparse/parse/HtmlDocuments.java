package mcfpipe.mcfparse.parse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Turns page bytes or text into a jsoup document; the only place that deals with charsets. */
final class HtmlDocuments {
    private HtmlDocuments() {}

    /**
     * Decodes with {@code charset} when given; otherwise from a byte-order mark or the page's own
     * {@code <meta charset>}, falling back to UTF-8.
     */
    static Document fromBytes(byte[] html, String charset, String baseUrl, String pageKind) {
        if (html == null || html.length == 0) throw new PageParseException(pageKind + " page is empty (0 bytes)");
        String name = charset == null || charset.isBlank() ? null : checkedCharset(charset, pageKind);
        Document doc;
        try {
            doc = Jsoup.parse(new ByteArrayInputStream(html), name, baseUrl == null ? "" : baseUrl);
        } catch (IOException e) {
            throw new PageParseException(pageKind + " page cannot be decoded: " + e.getMessage(), e);
        }
        return requireContent(doc, pageKind);
    }

    static Document fromText(String html, String baseUrl, String pageKind) {
        if (html == null || html.isEmpty()) throw new PageParseException(pageKind + " page is empty (0 characters)");
        return requireContent(Jsoup.parse(html, baseUrl == null ? "" : baseUrl), pageKind);
    }

    private static Document requireContent(Document doc, String pageKind) {
        if (doc.body() == null || !doc.body().hasText() && doc.body().childrenSize() == 0) {
            throw new PageParseException(pageKind + " page is empty: no HTML body content");
        }
        return doc;
    }

    private static String checkedCharset(String charset, String pageKind) {
        try {
            return Charset.forName(charset.strip()).name();
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new PageParseException(pageKind + " page has unknown charset '" + charset + "'", e);
        }
    }
}

package mcfpipe.mcfscrape;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The charset an HTML file declares in its head ({@code <meta charset>} or http-equiv), UTF-8 if none. */
final class HtmlCharset {
    private HtmlCharset() {}

    /** Browsers look for the declaration in the first 1024 bytes; a little more is allowed here. */
    private static final int PRESCAN_BYTES = 2048;
    private static final Pattern META_CHARSET =
            Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);

    static String declared(byte[] html) {
        String head = new String(html, 0, Math.min(html.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (m.find()) {
            try {
                return Charset.forName(m.group(1)).name();
            } catch (IllegalArgumentException e) {
                // an unknown name: fall back to the web's default
            }
        }
        return StandardCharsets.UTF_8.name().toUpperCase(Locale.ROOT);
    }
}

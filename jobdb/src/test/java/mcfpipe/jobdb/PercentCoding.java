package mcfpipe.jobdb;

import java.nio.charset.StandardCharsets;

/**
 * Percent-encoding of one path segment, written for the tests: every UTF-8 byte except letters, digits,
 * '-', '_' and '~' becomes %XX, so '/', '%', '+', '.', spaces and all non-ASCII text travel intact.
 */
final class PercentCoding {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private PercentCoding() {}

    static String segment(String text) {
        return bytes(text.getBytes(StandardCharsets.UTF_8));
    }

    static String bytes(byte[] bytes) {
        StringBuilder out = new StringBuilder(bytes.length * 3);
        for (byte b : bytes) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
            }
        }
        return out.toString();
    }
}

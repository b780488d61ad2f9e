package mcfpipe.jobdb;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a raw request path into segments and percent-decodes each exactly once. A '+' stays a '+'
 * (that rule belongs to query strings, not paths); empty segments (a trailing or doubled slash) are dropped.
 */
final class PathCodec {
    private PathCodec() {}

    static List<String> segments(String rawPath) {
        List<String> out = new ArrayList<>();
        if (rawPath == null) return out;
        for (String s : rawPath.split("/")) {
            if (!s.isEmpty()) out.add(decode(s));
        }
        return out;
    }

    static String decode(String segment) {
        if (segment.indexOf('%') < 0) return segment;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < segment.length(); ) {
            char c = segment.charAt(i);
            if (c == '%') {
                if (i + 2 >= segment.length()) throw bad(segment);
                int hi = Character.digit(segment.charAt(i + 1), 16);
                int lo = Character.digit(segment.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) throw bad(segment);
                bytes.write(hi * 16 + lo);
                i += 3;
            } else {
                byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                if (Character.isHighSurrogate(c) && i + 1 < segment.length()) {
                    b = segment.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
                    i++;
                }
                bytes.writeBytes(b);
                i++;
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw new ApiException(400, "bad_path", "path segment '" + segment + "' does not decode to UTF-8 text", "path");
        }
    }

    private static ApiException bad(String segment) {
        return new ApiException(400, "bad_path", "path segment '" + segment + "' has a malformed percent escape", "path");
    }
}

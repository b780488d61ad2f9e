package mcfpipe.mcfparse;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import mcfpipe.storage.raw.RawPage;

/** A raw page read back from S3: its bytes, charset and the metadata the scraper stored with it. */
record PageObject(String bucket, String key, byte[] html, String charset, Map<String, String> metadata) {

    RawPage.Kind kind() {
        return RawPage.Kind.of(required(RawPage.META_PAGE_KIND));
    }

    /** When the page was fetched: relative dates on it ("Posted 3 days ago") resolve against this, not the clock. */
    Instant fetchedAt() {
        String v = required(RawPage.META_FETCHED_AT);
        try {
            return Instant.parse(v);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(where() + ": metadata " + RawPage.META_FETCHED_AT + " '" + v
                    + "' is not an ISO-8601 instant");
        }
    }

    String optional(String name) {
        String v = RawPage.decodeMetaValue(metadata.get(name));
        return v == null || v.isBlank() ? null : v;
    }

    String required(String name) {
        String v = optional(name);
        if (v == null) throw new IllegalArgumentException(where() + ": metadata " + name + " is missing");
        return v;
    }

    String where() {
        return "s3://" + bucket + "/" + key;
    }

    /** The charset named in a Content-Type such as {@code text/html; charset=windows-1252}, or null. */
    static String charsetOf(String contentType) {
        if (contentType == null) return null;
        for (String part : contentType.split(";")) {
            String p = part.trim();
            if (p.regionMatches(true, 0, "charset=", 0, 8)) return p.substring(8).replace("\"", "").trim();
        }
        return null;
    }
}

package mcfpipe.mcfparse.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Whitespace and list normalisation of the text the site shows, and its " ..." truncation marker. */
public final class Text {
    private Text() {}

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");
    private static final Pattern TRUNCATION = Pattern.compile("\\s*(\\.\\.\\.|\\u2026)$");

    /** Collapses every run of whitespace (non-breaking spaces too) to one space and trims; null if nothing is left. */
    public static String clean(String text) {
        if (text == null) return null;
        String s = SPACES.matcher(text).replaceAll(" ").strip();
        return s.isEmpty() ? null : s;
    }

    /** Whether the site cut the value short with a trailing " ..." (more values than it had room for). */
    public static boolean isTruncated(String text) {
        return text != null && TRUNCATION.matcher(text).find();
    }

    /** The value without a trailing " ..." marker. */
    public static String withoutTruncation(String text) {
        if (text == null) return null;
        return clean(TRUNCATION.matcher(text).replaceFirst(""));
    }

    /**
     * Picks the complete one of the variants the site renders of one value (its mobile and desktop
     * layouts): the first that is not cut short with " ...". When every variant is cut short, the
     * longest is kept without its marker: the values before the cut are still right, the rest is unknown.
     */
    public static String mostComplete(List<String> variants) {
        String longestCut = null;
        for (String v : variants) {
            String c = clean(v);
            if (c == null) continue;
            if (!isTruncated(c)) return c;
            String cut = withoutTruncation(c);
            if (cut != null && (longestCut == null || cut.length() > longestCut.length())) longestCut = cut;
        }
        return longestCut;
    }

    /**
     * Splits a value the site joins with commas ("Permanent, Full Time") into its parts, in order.
     * Never splits on '/' ("Admin / Secretarial" is one category).
     */
    public static List<String> splitList(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) return out;
        for (String part : text.split(",")) {
            String c = clean(part);
            if (c != null) out.add(c);
        }
        return out;
    }
}

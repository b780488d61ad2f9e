package mcfpipe.mcfparse.parse;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Whole numbers the site writes in words: "11,307 jobs found", "1 application", "2 years exp". */
public final class Counts {
    private Counts() {}

    private static final Pattern LEADING = Pattern.compile("^(\\d{1,3}(?:,\\d{3})+|\\d+)(?!\\d|[.,]\\d)");

    /**
     * The number a text starts with (thousands separators allowed); "No ..." counts as 0.
     *
     * @param what names the value in the exception message, e.g. "applications (data-testid=...)"
     * @throws PageParseException if the text does not start with a count
     */
    public static int leading(String text, String what) {
        String s = Text.clean(text);
        if (s == null) throw new PageParseException(what + " is empty");
        Matcher m = LEADING.matcher(s);
        if (m.find()) {
            try {
                return Integer.parseInt(m.group(1).replace(",", ""));
            } catch (NumberFormatException e) {
                throw new PageParseException(what + " '" + s + "' is too large a count", e);
            }
        }
        if (s.toLowerCase(Locale.ROOT).startsWith("no ")) return 0;
        throw new PageParseException(what + " '" + s + "' does not start with a count");
    }

    /** Like {@link #leading}, but null for a null or blank text (the field is absent). */
    public static Integer leadingOrNull(String text, String what) {
        return Text.clean(text) == null ? null : leading(text, what);
    }
}

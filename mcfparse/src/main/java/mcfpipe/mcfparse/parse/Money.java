package mcfpipe.mcfparse.parse;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Salary texts: "$3,700 to $5,400", "Above $X", "Up to $X", "$X", "Salary undisclosed". */
public final class Money {
    private Money() {}

    /** One amount: "$3,700", "$3700", "$12.50". */
    private static final String AMOUNT = "\\$\\s?((?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d{1,2})?)";
    private static final int CI = Pattern.CASE_INSENSITIVE;
    private static final Pattern RANGE = Pattern.compile(AMOUNT + "\\s*(?:to|-|\\u2013)\\s*" + AMOUNT, CI);
    private static final Pattern ABOVE = Pattern.compile("(?:above|from|at least|more than)\\s+" + AMOUNT + "|" + AMOUNT + "\\s*(?:and above|\\+)", CI);
    private static final Pattern UP_TO = Pattern.compile("(?:up to|below|under|less than)\\s+" + AMOUNT, CI);
    private static final Pattern SINGLE = Pattern.compile(AMOUNT);
    private static final Pattern UNDISCLOSED = Pattern.compile("(?:salary\\s+)?undisclosed", CI);

    /**
     * Reads a salary.
     *
     * @param text   the salary as shown (description and range together, e.g. "Above $5,000"); null or
     *               blank means the page shows no salary
     * @param period the period label ("Monthly"), kept as shown; null if absent
     * @throws PageParseException for a salary in a form not listed above, or a range whose minimum is above its maximum
     */
    public static Salary salary(String text, String period) {
        String s = Text.clean(text);
        String p = Text.clean(period);
        if (s == null) return p == null ? Salary.NONE : new Salary(null, null, p, null);
        if (UNDISCLOSED.matcher(s).matches()) return new Salary(null, null, p, s);
        Matcher m = RANGE.matcher(s);
        if (m.matches()) {
            BigDecimal min = number(m.group(1));
            BigDecimal max = number(m.group(2));
            if (min.compareTo(max) > 0) throw new PageParseException("salary '" + s + "' has its minimum above its maximum");
            return new Salary(min, max, p, s);
        }
        m = ABOVE.matcher(s);
        if (m.matches()) return new Salary(number(m.group(1) != null ? m.group(1) : m.group(2)), null, p, s);
        m = UP_TO.matcher(s);
        if (m.matches()) return new Salary(null, number(m.group(1)), p, s);
        m = SINGLE.matcher(s);
        if (m.matches()) {
            BigDecimal one = number(m.group(1));
            return new Salary(one, one, p, s);
        }
        throw new PageParseException("unrecognised salary '" + s + "' (expected \"$X to $Y\", \"Above $X\", \"Up to $X\", \"$X\" or \"Salary undisclosed\")");
    }

    private static BigDecimal number(String digits) {
        return new BigDecimal(digits.replace(",", ""));
    }
}

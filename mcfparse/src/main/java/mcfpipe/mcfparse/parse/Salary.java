package mcfpipe.mcfparse.parse;

import java.math.BigDecimal;

/**
 * A salary as shown: {@code min}/{@code max} in SGD (either may be null: "Above $X" has no max, "Up to $X"
 * no min, "Salary undisclosed" neither), the period as the site words it ("Monthly"), and the raw text.
 */
public record Salary(BigDecimal min, BigDecimal max, String period, String text) {
    public static final Salary NONE = new Salary(null, null, null, null);
}

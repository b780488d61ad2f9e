package mcfpipe.storage.validate;

import java.math.BigDecimal;

/**
 * DynamoDB's number limits, checked on exact BigDecimals: at most 38 significant digits, and a
 * magnitude between 1E-130 and 9.9999999999999999999999999999999999999E+125 (or zero).
 */
final class NumberRules {
    static final int MAX_SIGNIFICANT_DIGITS = 38;
    private static final int MIN_EXPONENT = -130;
    private static final int MAX_EXPONENT = 125;

    private NumberRules() {}

    static void check(String table, String field, BigDecimal value) {
        if (value.signum() == 0) return;
        if (!inRange(value)) {
            throw new ValidationException(ValidationException.NUMBER_RANGE, field, "field '" + field + "' in table '"
                    + table + "' is outside DynamoDB's number range (magnitude from 1E-130 to below 1E+126)");
        }
        int digits = value.stripTrailingZeros().precision();
        if (digits > MAX_SIGNIFICANT_DIGITS) {
            throw new ValidationException(ValidationException.NUMBER_PRECISION, field, "field '" + field + "' in table '"
                    + table + "' has " + digits + " significant digits; DynamoDB keeps at most " + MAX_SIGNIFICANT_DIGITS);
        }
    }

    /** True when the number is zero or within DynamoDB's range, so its plain-text form is short. */
    static boolean inRange(BigDecimal value) {
        // exponent of the leading digit, as in scientific notation d.ddd x 10^e; in long arithmetic, since a scale near
        // Integer.MIN_VALUE or MAX_VALUE overflows an int (and stripTrailingZeros would throw on such a value)
        long exponent = (long) value.precision() - value.scale() - 1;
        return value.signum() == 0 || (exponent >= MIN_EXPONENT && exponent <= MAX_EXPONENT);
    }
}

package mcfpipe.jobmatch.score;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Scores and evidence figures are kept to 4 decimals: enough to rank, short to store and read. */
public final class Numbers {
    private Numbers() {}

    public static final int DECIMALS = 4;

    public static double round(double value) {
        return BigDecimal.valueOf(value).setScale(DECIMALS, RoundingMode.HALF_UP).doubleValue();
    }

    /** The exact decimal of a rounded value, without exponent or trailing zeros ("0.5", "1", "0.0001"). */
    public static BigDecimal decimal(double value) {
        BigDecimal d = BigDecimal.valueOf(round(value)).stripTrailingZeros();
        return d.signum() == 0 ? BigDecimal.ZERO : d;
    }

    public static String plain(double value) {
        return decimal(value).toPlainString();
    }
}

package mcfpipe.infra;

import java.util.ArrayList;
import java.util.List;

/**
 * A regular expression matching the decimal numbers (no sign, no leading zeros) greater than a limit. WAF
 * compares header values as text, so "Content-Length above 6 MiB" is written as such a pattern.
 */
final class DecimalAbove {
    private DecimalAbove() {
    }

    static String regex(long limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative: " + limit);
        }
        String digits = Long.toString(limit);
        int length = digits.length();
        List<String> alternatives = new ArrayList<>();
        // any number with more digits than the limit
        alternatives.add("[1-9][0-9]{" + length + ",}");
        // same length: equal up to position i, then a bigger digit there, anything after
        for (int i = 0; i < length; i++) {
            int digit = digits.charAt(i) - '0';
            if (digit == 9) {
                continue;
            }
            int lowest = i == 0 && length > 1 ? Math.max(digit + 1, 1) : digit + 1;
            String range = lowest == 9 ? "9" : "[" + lowest + "-9]";
            int rest = length - i - 1;
            alternatives.add(digits.substring(0, i) + range + (rest > 0 ? "[0-9]{" + rest + "}" : ""));
        }
        return "^(" + String.join("|", alternatives) + ")$";
    }
}

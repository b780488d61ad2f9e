package mcfpipe.jobpipe.report;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** How numbers, money and dates read on the page: "$3,700 – $5,400", "27 Mar 2026", "40%". */
final class Formats {
    private Formats() {}

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    static String count(long n) {
        return NumberFormat.getIntegerInstance(Locale.ENGLISH).format(n);
    }

    static String money(double amount) {
        return "$" + NumberFormat.getIntegerInstance(Locale.ENGLISH).format(Math.round(amount));
    }

    /** An exact amount as it was posted: whole dollars without cents, anything else with its cents ($12.50). */
    static String money(BigDecimal amount) {
        BigDecimal plain = amount.stripTrailingZeros();
        if (plain.scale() <= 0) return "$" + NumberFormat.getIntegerInstance(Locale.ENGLISH).format(plain.toBigInteger());
        java.text.DecimalFormat cents = new java.text.DecimalFormat("#,##0.00", java.text.DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        if (plain.scale() > 2) cents.setMaximumFractionDigits(plain.scale());
        return "$" + cents.format(plain);
    }

    /** A salary range as MCF shows it, with the period shortened ("/mo", "/yr"); "Undisclosed" without figures. */
    static String salary(BigDecimal min, BigDecimal max, String period) {
        String range;
        if (min != null && max != null) {
            range = min.compareTo(max) == 0 ? money(min) : money(min) + " – " + money(max);
        } else if (min != null) {
            range = "from " + money(min);
        } else if (max != null) {
            range = "up to " + money(max);
        } else {
            return "Undisclosed";
        }
        return range + periodSuffix(period);
    }

    private static String periodSuffix(String period) {
        if (period == null) return "";
        return switch (period.toLowerCase(Locale.ROOT)) {
            case "monthly" -> " /mo";
            case "annually", "yearly", "annual" -> " /yr";
            case "hourly" -> " /hr";
            case "daily" -> " /day";
            default -> " " + period;
        };
    }

    /** "2026-03-27" to "27 Mar 2026"; text that is not a date is shown as it is. */
    static String day(String isoDate) {
        if (isoDate == null) return "";
        try {
            return DAY.format(LocalDate.parse(isoDate));
        } catch (DateTimeParseException e) {
            return isoDate;
        }
    }

    static String percent(Double ratio) {
        return ratio == null ? "–" : Math.round(ratio * 100) + "%";
    }

    static String score(double score) {
        return String.format(Locale.ROOT, "%.2f", score);
    }
}

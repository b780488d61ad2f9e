package mcfpipe.mcfparse.parse;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as the site writes them, resolved in Singapore time: relative ones ("Posted today",
 * "Posted yesterday", "Posted 3 days ago", "2 weeks ago", "a month ago") against the page's fetch time,
 * absolute ones ("Posted 27 Mar 2026", "Closing on 17 Apr 2026") as they stand.
 */
public final class SiteDates {
    private SiteDates() {}

    /** MCF is a Singapore site: "today" on a page means today in Singapore. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Singapore");

    private static final Pattern AGO = Pattern.compile("\\b(\\d+|an?)\\s+(minute|hour|day|week|month|year)s?\\s+ago\\b");
    private static final Pattern ABSOLUTE = Pattern.compile("\\b(\\d{1,2})\\s+([a-z]{3,9})\\.?,?\\s+(\\d{4})\\b");
    private static final Pattern TODAY = Pattern.compile("\\b(today|just now)\\b");
    private static final Pattern YESTERDAY = Pattern.compile("\\byesterday\\b");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    /**
     * The date a text names.
     *
     * @param what names the value in the exception message
     * @throws PageParseException if the text holds no date in a known form, or names an impossible date
     */
    /** Twenty years in each unit a post's age is given in: far beyond any MCF post. */
    private static final Map<String, Long> MAX_AGO = Map.of("minute", 20L * 366 * 24 * 60, "hour", 20L * 366 * 24,
            "day", 20L * 366, "week", 20L * 53, "month", 20L * 12, "year", 20L);

    public static LocalDate resolve(String text, Instant fetchedAt, String what) {
        String s = Text.clean(text);
        if (s == null) throw new PageParseException(what + " is empty");
        String lower = s.toLowerCase(Locale.ROOT);
        Matcher abs = ABSOLUTE.matcher(lower);
        if (abs.find()) return absolute(abs, s, what);
        ZonedDateTime now = fetchedAt.atZone(ZONE);
        if (TODAY.matcher(lower).find()) return now.toLocalDate();
        if (YESTERDAY.matcher(lower).find()) return now.toLocalDate().minusDays(1);
        Matcher ago = AGO.matcher(lower);
        if (ago.find()) {
            String n = ago.group(1);
            String unit = ago.group(2);
            // no MCF post is decades old: a count beyond that is a broken page, not a date (and would overflow)
            long count = n.startsWith("a") ? 1 : n.length() > 9 ? Long.MAX_VALUE : Long.parseLong(n);
            if (count > MAX_AGO.get(unit)) {
                throw new PageParseException(what + " '" + s + "' is more than " + MAX_AGO.get(unit) + " " + unit + "s ago");
            }
            return switch (unit) {
                case "minute" -> now.minusMinutes(count).toLocalDate();
                case "hour" -> now.minusHours(count).toLocalDate();
                case "day" -> now.toLocalDate().minusDays(count);
                case "week" -> now.toLocalDate().minusWeeks(count);
                case "month" -> now.toLocalDate().minusMonths(count);
                default -> now.toLocalDate().minusYears(count);
            };
        }
        throw new PageParseException(what + " '" + s + "' holds no date in a known form");
    }

    private static LocalDate absolute(Matcher m, String shown, String what) {
        String word = m.group(2);
        Integer month = MONTHS.get(word.substring(0, 3));
        if (month == null || !Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT).startsWith(word)) throw new PageParseException(what + " '" + shown + "' has an unknown month");
        try {
            return LocalDate.of(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(1)));
        } catch (DateTimeException e) {
            throw new PageParseException(what + " '" + shown + "' is not a real date", e);
        }
    }
}

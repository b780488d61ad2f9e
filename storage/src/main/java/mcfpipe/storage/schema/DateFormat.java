package mcfpipe.storage.schema;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The two date formats of the data model. Parsing is strict: impossible dates such as 2023-02-30 are
 * rejected (STRICT resolver with 'uuuu', since 'yyyy' needs an era in strict mode), and the text must have
 * exactly the digits of the pattern. Values are always written in one canonical form.
 */
public enum DateFormat {
    /** {@code YYYY-MM-DD}. */
    ISO_DATE("YYYY-MM-DD", Pattern.compile("\\d{4}-\\d{2}-\\d{2}"), List.of(strict("uuuu-MM-dd"))),
    /** {@code YYYY-MM-DD HH:MM}; {@code YYYY-MM-DD HH:MM:SS} is accepted on input and loses its seconds. */
    ISO_TIMESTAMP("YYYY-MM-DD HH:MM", Pattern.compile("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}(:\\d{2})?"),
            List.of(strict("uuuu-MM-dd HH:mm"), strict("uuuu-MM-dd HH:mm:ss")));

    private final String pattern;
    private final Pattern shape;
    private final List<DateTimeFormatter> parsers;

    DateFormat(String pattern, Pattern shape, List<DateTimeFormatter> parsers) {
        this.pattern = pattern;
        this.shape = shape;
        this.parsers = parsers;
    }

    private static DateTimeFormatter strict(String pattern) {
        return DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT);
    }

    /** The human form used in error messages, e.g. "YYYY-MM-DD". */
    public String pattern() {
        return pattern;
    }

    public static Optional<DateFormat> fromSchemaName(String name) {
        for (DateFormat f : values()) {
            if (f.name().equals(name)) return Optional.of(f);
        }
        return Optional.empty();
    }

    /** True when the text has the digits and separators of the pattern, whether or not the date is real. */
    public boolean hasShape(String text) {
        return text != null && shape.matcher(text).matches();
    }

    /** Parses to a LocalDate (ISO_DATE) or LocalDateTime (ISO_TIMESTAMP); throws DateTimeParseException. */
    public TemporalAccessor parse(String text) {
        if (!hasShape(text)) {
            throw new DateTimeParseException("'" + text + "' does not match " + pattern, String.valueOf(text), 0);
        }
        DateTimeParseException last = null;
        for (DateTimeFormatter parser : parsers) {
            try {
                return this == ISO_DATE ? LocalDate.parse(text, parser) : LocalDateTime.parse(text, parser);
            } catch (DateTimeParseException e) {
                last = e;
            }
        }
        throw last;
    }

    /** Writes the canonical form. */
    public String format(TemporalAccessor value) {
        if (this == ISO_DATE) return parsers.get(0).format(LocalDate.from(value));
        return parsers.get(0).format(LocalDateTime.from(value).truncatedTo(ChronoUnit.MINUTES));
    }

    /** Parses and rewrites in the canonical form; throws DateTimeParseException. */
    public String normalise(String text) {
        return format(parse(text));
    }
}

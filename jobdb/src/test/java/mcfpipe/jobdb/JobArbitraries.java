package mcfpipe.jobdb;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import mcfpipe.jobdb.JobDraft.Field;
import mcfpipe.jobdb.JobDraft.Num;
import mcfpipe.jobdb.JobDraft.Raw;
import mcfpipe.storage.schema.ColumnDef;
import mcfpipe.storage.schema.DataType;
import mcfpipe.storage.schema.DateFormat;
import mcfpipe.storage.schema.Schema;
import mcfpipe.storage.schema.TableDef;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Generators for {@code job} records, driven by the schema: each column gets values of its type (ids from a
 * wide alphabet, any text, real ISO dates, exact decimals of up to 38 digits, string lists) and, when it is
 * nullable, is sometimes left out or sent as null. {@link #invalidJobs()} breaks exactly one rule of a valid one.
 */
final class JobArbitraries {
    static final TableDef JOB = Schema.loadDefault().table("job");
    /** Path segments that name a route, so an item with such an id cannot be read at /job/{id} (API.md). */
    static final Set<String> ROUTE_WORDS = Set.of("batch", "search", "delete");
    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern DATE_SHAPE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    private JobArbitraries() {}

    // ---- text -------------------------------------------------------------------------------------------

    /** One Unicode scalar value (never a lone surrogate), weighted towards the characters that break paths. */
    static Arbitrary<Integer> codePoint() {
        return Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.integers().between(0x20, 0x7e)),
                Tuple.of(3, Arbitraries.of((int) '/', (int) '+', (int) '%', (int) ' ', (int) '?', (int) '#', (int) '&',
                        (int) '=', (int) ';', (int) '.', (int) '\\', (int) '"', (int) '\'', (int) ':', (int) '@', (int) ',')),
                Tuple.of(2, Arbitraries.integers().between(0xa0, 0xfffd).filter(c -> c < 0xd800 || c > 0xdfff)),
                Tuple.of(1, Arbitraries.integers().between(0x10000, 0x10ffff)),
                Tuple.of(1, Arbitraries.of(0x00, 0x09, 0x0a, 0x0d, 0x1f, 0x7f, 0x85, 0x9f, 0x200b, 0x202e, 0xfeff)));
    }

    /** Pieces that already look encoded or structural, so that decoding twice, or not at all, shows. */
    private static final List<String> TRICKY = List.of("%25", "%2F", "%2f", "%41", "%C3%A9", "%E2%82%AC", "%", "%%", "%zz", "%2",
            "+", "%2B", "%20", ".", "..", "/", "//", "\\", "?", "#", "?a=b", "&", "=", "batch", "search", "delete");

    /** Text of up to maxPieces pieces, each one code point or a tricky piece; at least one code point long. */
    static Arbitrary<String> text(int minPieces, int maxPieces) {
        Arbitrary<String> piece = Arbitraries.frequencyOf(
                Tuple.of(10, codePoint().map(Character::toString)),
                Tuple.of(1, Arbitraries.of(TRICKY)));
        return piece.list().ofMinSize(minPieces).ofMaxSize(maxPieces).map(ps -> String.join("", ps));
    }

    /** A key value DynamoDB takes: not blank; as a job_id, also not a route word. */
    static Arbitrary<String> id() {
        return text(1, 40).filter(s -> !showsNothing(s) && !ROUTE_WORDS.contains(s));
    }

    /**
     * The API's notion of a blank key: nothing but whitespace, space separators, control characters, invisible
     * format characters and the letters drawn as blanks (Hangul fillers, the braille blank).
     */
    static boolean showsNothing(String s) {
        return s.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.getType(c) == Character.SPACE_SEPARATOR
                || Character.getType(c) == Character.LINE_SEPARATOR || Character.getType(c) == Character.PARAGRAPH_SEPARATOR
                || Character.getType(c) == Character.FORMAT || Character.getType(c) == Character.CONTROL
                || "\u115F\u1160\u3164\uFFA0\u2800".indexOf(c) >= 0);
    }

    /** Empty or blank (whitespace, space separators such as U+00A0, invisible format characters): the empty_key rule. */
    static Arbitrary<String> blank() {
        return Arbitraries.of(' ', '\t', '\n', '\r', '\u000b', '\f', '\u001c', '\u1680', '\u2003', '\u2028', '\u3000',
                        '\u00a0', '\u200b', '\ufeff', '\u2060', '\u0085', '\u0000', '\u3164', '\u115f', '\u2800')
                .list().ofMaxSize(4).map(cs -> {
                    StringBuilder s = new StringBuilder();
                    cs.forEach(s::append);
                    return s.toString();
                });
    }

    // ---- numbers and dates -------------------------------------------------------------------------------

    /** An exact decimal of 1..maxDigits digits at a scale of -40..40, written in one of four JSON forms. */
    static Arbitrary<Num> decimal(int maxDigits) {
        Arbitrary<String> digits = Arbitraries.strings().withCharRange('0', '9').ofMinLength(1).ofMaxLength(maxDigits);
        return Combinators.combine(digits, Arbitraries.integers().between(-40, 40), Arbitraries.of(false, true),
                Arbitraries.integers().between(0, 3)).as((d, scale, negative, style) -> {
                    BigInteger unscaled = new BigInteger(d);
                    return num(new BigDecimal(negative ? unscaled.negate() : unscaled, scale), style);
                });
    }

    /** A decimal with exactly {@code digits} significant digits (its last digit is not 0). */
    static Arbitrary<Num> decimalWithDigits(int minDigits, int maxDigits) {
        Arbitrary<String> digits = Arbitraries.strings().withCharRange('0', '9').ofMinLength(minDigits - 2).ofMaxLength(maxDigits - 2);
        return Combinators.combine(Arbitraries.integers().between(1, 9), digits, Arbitraries.integers().between(1, 9),
                Arbitraries.integers().between(-20, 20), Arbitraries.integers().between(0, 3)).as((first, middle, last, scale, style) ->
                num(new BigDecimal(new BigInteger(first + middle + last), scale), style));
    }

    static Num num(BigDecimal v, int style) {
        String text = switch (style) {
            case 0 -> v.toPlainString();
            case 1 -> v.toString();
            case 2 -> v.toEngineeringString();
            default -> v.unscaledValue() + "e" + (-v.scale());
        };
        return new Num(v, text);
    }

    /** Any real date of years 0000..9999 as YYYY-MM-DD. */
    static Arbitrary<String> isoDate() {
        return Arbitraries.longs().between(LocalDate.of(0, 1, 1).toEpochDay(), LocalDate.of(9999, 12, 31).toEpochDay())
                .map(d -> LocalDate.ofEpochDay(d).format(ISO_DATE));
    }

    static boolean isValidIsoDate(String s) {
        if (!DATE_SHAPE.matcher(s).matches()) return false;
        try {
            LocalDate.parse(s, ISO_DATE);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** Text that is not a real YYYY-MM-DD date: impossible days and months, other shapes, any text. */
    static Arbitrary<String> badDate() {
        Arbitrary<String> impossible = Combinators.combine(Arbitraries.integers().between(0, 9999),
                Arbitraries.integers().between(0, 99), Arbitraries.integers().between(0, 99))
                .as((y, m, d) -> String.format("%04d-%02d-%02d", y, m, d));
        Arbitrary<String> shapes = Arbitraries.of("2025-1-05", "25-01-05", "2025/01/05", "05/01/2025", "2025-01-05 10:00",
                "2025-01-05T10:00", " 2025-01-05", "2025-01-05 ", "May 24, 2025", "", "\uff12\uff10\uff12\uff15-01-05",
                "+2025-01-05", "20250105", "2025-01-5", "2023-02-29", "2025-02-30", "2025-04-31", "2025-13-01", "2025-00-10",
                "0000-00-00", "2025-01-05\n", "2025\u201101\u201105", "\u0662\u0660\u0662\u0665-01-05");
        return Arbitraries.frequencyOf(Tuple.of(3, impossible), Tuple.of(3, shapes), Tuple.of(2, text(0, 12)))
                .filter(s -> !isValidIsoDate(s));
    }

    // ---- records ----------------------------------------------------------------------------------------

    private static Arbitrary<?> valueOf(ColumnDef c) {
        List<String> allowed = JOB.allowedValues().get(c.name());
        if (allowed != null) return c.type() == DataType.STRING_LIST ? Arbitraries.of(allowed).list().ofMaxSize(3) : Arbitraries.of(allowed);
        return switch (c.type()) {
            case STRING -> {
                if (c.dateFormat() == DateFormat.ISO_DATE) yield isoDate();
                if (c.dateFormat() != null) throw new IllegalStateException("no generator for " + c);
                if (c.name().equals(JOB.primaryKey())) yield id();
                if (JOB.allKeyColumns().contains(c.name())) yield text(1, 30).filter(s -> !showsNothing(s));
                yield text(0, c.name().equals("description") ? 300 : 60);
            }
            case NUMBER -> decimal(38);
            case BOOLEAN -> Arbitraries.of(true, false);
            case STRING_LIST -> text(0, 20).list().ofMaxSize(5);
        };
    }

    private static Arbitrary<Field> field(ColumnDef c, boolean keyMayBeLeftOut) {
        Arbitrary<Field> value = valueOf(c).map(v -> Field.of(c.name(), v));
        if (c.name().equals(JOB.primaryKey())) {
            return keyMayBeLeftOut ? Arbitraries.frequencyOf(Tuple.of(9, value), Tuple.of(1, Arbitraries.just(Field.absent(c.name())))) : value;
        }
        if (!c.nullable()) return value;
        return Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.just(Field.absent(c.name()))),
                Tuple.of(1, Arbitraries.just(new Field(c.name(), JobDraft.Presence.NULL, null))), Tuple.of(5, value));
    }

    private static Arbitrary<JobDraft> jobs(boolean keyMayBeLeftOut) {
        List<Arbitrary<Field>> fields = new ArrayList<>();
        for (ColumnDef c : JOB.clientColumns()) fields.add(field(c, keyMayBeLeftOut));
        return Combinators.combine(fields).as(JobDraft::new)
                .flatMap(d -> Arbitraries.shuffle(d.fields()).map(JobDraft::new));
    }

    /** Valid job records; about one in ten leaves job_id out for the API to make one. */
    static Arbitrary<JobDraft> validJobs() {
        return jobs(true);
    }

    /** A record that breaks one rule, the error code that rule answers with, and the field it names. */
    record Mutation(JobDraft base, JobDraft invalid, String code, String field) {
        @Override
        public String toString() {
            return code + " on " + field + ": " + invalid.json();
        }
    }

    static Arbitrary<Mutation> invalidJobs() {
        return jobs(false).flatMap(base -> Arbitraries.oneOf(
                missingRequired(base), wrongType(base), badDateIn(base), unknownColumn(base), tooManyDigits(base), emptyKey(base),
                halfSurrogate(base)));
    }

    private static List<ColumnDef> columns(java.util.function.Predicate<ColumnDef> which) {
        return JOB.clientColumns().stream().filter(which).toList();
    }

    private static Arbitrary<Mutation> missingRequired(JobDraft base) {
        List<String> required = columns(c -> !c.nullable() && !c.name().equals(JOB.primaryKey())).stream().map(ColumnDef::name).toList();
        return Combinators.combine(Arbitraries.of(required), Arbitraries.of(false, true)).as((column, asNull) ->
                new Mutation(base, asNull ? base.with(new Field(column, JobDraft.Presence.NULL, null)) : base.without(column),
                        "required", column));
    }

    private static Arbitrary<Mutation> wrongType(JobDraft base) {
        return Arbitraries.of(JOB.clientColumns()).flatMap(c -> {
            List<String> wrong = switch (c.type()) {
                case STRING -> List.of("5", "-1.5", "true", "false", "[]", "[\"a\"]", "{}", "{\"a\":\"b\"}");
                case NUMBER -> List.of("\"5\"", "\"\"", "\"1e3\"", "true", "[1]", "[]", "{}", "{\"n\":1}");
                case BOOLEAN -> List.of("1", "\"true\"", "[]", "{}");
                case STRING_LIST -> List.of("\"a\"", "5", "true", "{}", "[1]", "[\"a\",2]", "[null]", "[[\"a\"]]", "[\"a\",{}]", "[true]");
            };
            return Arbitraries.of(wrong).map(w -> new Mutation(base, base.with(Field.of(c.name(), new Raw(w))), "type", c.name()));
        });
    }

    private static Arbitrary<Mutation> badDateIn(JobDraft base) {
        List<ColumnDef> dates = columns(c -> c.dateFormat() == DateFormat.ISO_DATE);
        return Combinators.combine(Arbitraries.of(dates), badDate()).as((c, bad) ->
                new Mutation(base, base.with(Field.of(c.name(), bad)), "date_format", c.name()));
    }

    private static Arbitrary<Mutation> unknownColumn(JobDraft base) {
        Arbitrary<String> name = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.of("jobid", "Job_id", "job_id ", "positions", "salary", "createdAt", "id", "")),
                Tuple.of(2, text(0, 20))).filter(n -> !JOB.columns().containsKey(n));
        Arbitrary<Object> value = Arbitraries.oneOf(text(0, 10).map(s -> (Object) s), decimal(5).map(n -> (Object) n),
                Arbitraries.just(new Raw("true")));
        return Combinators.combine(name, value).as((n, v) -> new Mutation(base, base.with(Field.of(n, v)), "unknown_column", n));
    }

    private static Arbitrary<Mutation> tooManyDigits(JobDraft base) {
        return Combinators.combine(Arbitraries.of(columns(c -> c.type() == DataType.NUMBER)), decimalWithDigits(39, 45))
                .as((c, n) -> new Mutation(base, base.with(Field.of(c.name(), n)), "number_precision", c.name()));
    }

    /** Text with half of a surrogate pair escaped on its own: valid JSON, but not Unicode text. */
    private static Arbitrary<Mutation> halfSurrogate(JobDraft base) {
        List<ColumnDef> texts = columns(c -> (c.type() == DataType.STRING && c.dateFormat() == null) || c.type() == DataType.STRING_LIST);
        Arbitrary<String> half = Arbitraries.of("\\ud800", "\\udbff", "\\udc00", "\\udfff", "\\udc00\\ud800");
        return Combinators.combine(Arbitraries.of(texts), text(0, 5), half).as((c, before, h) -> {
            String opened = JobDraft.quote(before);
            String quoted = opened.substring(0, opened.length() - 1) + h + "\"";
            Raw value = new Raw(c.type() == DataType.STRING_LIST ? "[" + quoted + "]" : quoted);
            return new Mutation(base, base.with(Field.of(c.name(), value)), "bad_unicode", c.name());
        });
    }

    private static Arbitrary<Mutation> emptyKey(JobDraft base) {
        List<ColumnDef> keys = columns(c -> JOB.allKeyColumns().contains(c.name()) && c.type() == DataType.STRING && c.dateFormat() == null);
        return Combinators.combine(Arbitraries.of(keys), blank()).as((c, b) ->
                new Mutation(base, base.with(Field.of(c.name(), b)), "empty_key", c.name()));
    }
}

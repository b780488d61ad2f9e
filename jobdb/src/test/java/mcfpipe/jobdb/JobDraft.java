package mcfpipe.jobdb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import mcfpipe.storage.Json;

/**
 * A generated record for the {@code job} table, kept as the fields the test meant to send (so the expected
 * stored item is known exactly) and rendered to JSON text by hand (so numbers can be sent in any JSON form).
 */
record JobDraft(List<Field> fields) {

    enum Presence { ABSENT, NULL, VALUE }

    /** An exact number and the JSON text it is sent as (plain, scientific, engineering, or digits with an exponent). */
    record Num(BigDecimal value, String text) {
        @Override
        public String toString() {
            return text;
        }
    }

    /** Any JSON text, sent as it is; for values of the wrong type. */
    record Raw(String json) {
        @Override
        public String toString() {
            return json;
        }
    }

    /** One column: left out, sent as null, or sent with a value (String, Num, List of String, or Raw). */
    record Field(String column, Presence presence, Object value) {
        static Field absent(String column) {
            return new Field(column, Presence.ABSENT, null);
        }

        static Field of(String column, Object value) {
            return new Field(column, Presence.VALUE, value);
        }

        @Override
        public String toString() {
            return column + "=" + (presence == Presence.VALUE ? render(value) : presence);
        }
    }

    Optional<Field> field(String column) {
        return fields.stream().filter(f -> f.column().equals(column)).findFirst();
    }

    /** The job_id the draft sends, if it sends one as a string. */
    Optional<String> id() {
        return field("job_id").filter(f -> f.presence() == Presence.VALUE && f.value() instanceof String).map(f -> (String) f.value());
    }

    JobDraft with(Field replacement) {
        List<Field> out = new ArrayList<>();
        boolean replaced = false;
        for (Field f : fields) {
            if (f.column().equals(replacement.column())) {
                out.add(replacement);
                replaced = true;
            } else {
                out.add(f);
            }
        }
        if (!replaced) out.add(replacement);
        return new JobDraft(out);
    }

    JobDraft without(String column) {
        return with(Field.absent(column));
    }

    /** The JSON object text: absent fields left out, nulls as null. */
    String json() {
        StringBuilder out = new StringBuilder("{");
        for (Field f : fields) {
            if (f.presence() == Presence.ABSENT) continue;
            if (out.length() > 1) out.append(',');
            out.append(quote(f.column())).append(':');
            out.append(f.presence() == Presence.NULL ? "null" : render(f.value()));
        }
        return out.append('}').toString();
    }

    private static String render(Object value) {
        if (value instanceof String s) return quote(s);
        if (value instanceof Num n) return n.text();
        if (value instanceof Raw r) return r.json();
        if (value instanceof List<?> list) {
            StringBuilder out = new StringBuilder("[");
            for (Object e : list) {
                if (out.length() > 1) out.append(',');
                out.append(render(e));
            }
            return out.append(']').toString();
        }
        throw new IllegalArgumentException("cannot render " + value);
    }

    static String quote(String s) {
        try {
            return Json.mapper().writeValueAsString(s);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Checks a stored item against the draft: every value sent is there exactly (numbers by value), nothing
     * absent or null is there, no other client column appears, and both server timestamps are set.
     */
    void assertStoredAs(JsonNode item) {
        Set<String> expectedColumns = new LinkedHashSet<>(List.of("job_id", "created", "last_modified"));
        for (Field f : fields) {
            if (f.presence() != Presence.VALUE) {
                if (!f.column().equals("job_id")) assertFalse(item.has(f.column()), f.column() + " was not sent but is stored: " + item);
                continue;
            }
            expectedColumns.add(f.column());
            JsonNode actual = item.get(f.column());
            assertTrue(actual != null, f.column() + " is missing from " + item);
            assertSameValue(f.column(), f.value(), actual);
        }
        Set<String> actualColumns = new LinkedHashSet<>();
        for (Iterator<String> it = item.fieldNames(); it.hasNext(); ) actualColumns.add(it.next());
        assertEquals(expectedColumns, actualColumns, "columns of the stored item");
        for (String ts : List.of("created", "last_modified")) {
            assertTrue(item.get(ts).isTextual() && item.get(ts).textValue().matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}"),
                    ts + " is not YYYY-MM-DD HH:MM: " + item.get(ts));
        }
    }

    private static void assertSameValue(String column, Object expected, JsonNode actual) {
        if (expected instanceof String s) {
            assertTrue(actual.isTextual(), column + " should be a string, is " + actual);
            assertEquals(s, actual.textValue(), column);
        } else if (expected instanceof Num n) {
            assertTrue(actual.isNumber(), column + " should be a number, is " + actual);
            assertEquals(0, n.value().compareTo(actual.decimalValue()),
                    column + ": sent " + n.text() + " (" + n.value().toPlainString() + "), stored " + actual.decimalValue().toPlainString());
        } else if (expected instanceof List<?> list) {
            assertTrue(actual.isArray(), column + " should be an array, is " + actual);
            assertEquals(list.size(), actual.size(), column + " length");
            for (int i = 0; i < list.size(); i++) assertEquals(list.get(i), actual.get(i).textValue(), column + "[" + i + "]");
        } else {
            throw new IllegalArgumentException("no expectation for " + expected);
        }
    }

    @Override
    public String toString() {
        return json();
    }
}

package mcfpipe.storage.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import mcfpipe.storage.Json;
import mcfpipe.storage.schema.ColumnDef;
import mcfpipe.storage.schema.DateFormat;
import mcfpipe.storage.schema.TableDef;

/** Checks one non-null value against its column and returns it in canonical form. */
final class ValueRules {
    /** DynamoDB's byte limits on string key values. */
    private static final int MAX_PARTITION_KEY_BYTES = 2048;
    private static final int MAX_SORT_KEY_BYTES = 1024;

    private final TableDef table;

    ValueRules(TableDef table) {
        this.table = table;
    }

    JsonNode normalise(ColumnDef column, JsonNode value) {
        JsonNode result = switch (column.type()) {
            case STRING -> string(column, value);
            case NUMBER -> number(column, value);
            case BOOLEAN -> bool(column, value);
            case STRING_LIST -> stringList(column, value);
        };
        checkAllowed(column, result);
        checkKey(column, result);
        return result;
    }

    private JsonNode string(ColumnDef column, JsonNode value) {
        if (!value.isTextual()) throw wrongType(column, value, "");
        DateFormat format = column.dateFormat();
        if (format == null) return value;
        try {
            return TextNode.valueOf(format.normalise(value.textValue()));
        } catch (DateTimeParseException e) {
            throw new ValidationException(ValidationException.DATE_FORMAT, column.name(), "field '" + column.name()
                    + "' in table '" + table.name() + "' has a bad date format: expected " + format.pattern()
                    + ", got '" + value.textValue() + "'" + (format.hasShape(value.textValue()) ? " (not a real date)" : ""));
        }
    }

    private JsonNode number(ColumnDef column, JsonNode value) {
        if (!value.isNumber()) throw wrongType(column, value, "");
        if ((value.isDouble() || value.isFloat()) && !Double.isFinite(value.doubleValue())) {
            throw wrongType(column, value, " (not a finite number)");
        }
        BigDecimal exact = value.decimalValue();
        NumberRules.check(table.name(), column.name(), exact);
        return Json.numberNode(exact);
    }

    private JsonNode bool(ColumnDef column, JsonNode value) {
        if (!value.isBoolean()) throw wrongType(column, value, "");
        return value;
    }

    private JsonNode stringList(ColumnDef column, JsonNode value) {
        if (!value.isArray()) throw wrongType(column, value, " (an array of strings)");
        ArrayNode result = JsonNodeFactory.instance.arrayNode();
        int position = 0;
        for (JsonNode element : value) {
            if (!element.isTextual()) {
                throw new ValidationException(ValidationException.TYPE, column.name(), "field '" + column.name()
                        + "' in table '" + table.name() + "' has the wrong type: expected StringList (an array of strings), got "
                        + kind(element) + " at position " + position);
            }
            result.add(element);
            position++;
        }
        return result;
    }

    private void checkAllowed(ColumnDef column, JsonNode value) {
        List<String> allowed = table.allowedValues().get(column.name());
        if (allowed == null) return;
        for (JsonNode v : value.isArray() ? value : List.of(value)) {
            if (!allowed.contains(v.textValue())) {
                throw new ValidationException(ValidationException.NOT_ALLOWED, column.name(), "field '" + column.name()
                        + "' in table '" + table.name() + "' has value '" + v.textValue() + "', which is not allowed; allowed values: "
                        + String.join(", ", allowed));
            }
        }
    }

    /**
     * True when the text shows nothing: empty, or only whitespace, space separators (such as the no-break space,
     * which {@link String#isBlank} lets through), control characters (such as U+0085, next line), invisible
     * format characters (such as the zero-width space) and the letters that render as blanks (Hangul fillers,
     * the braille blank).
     */
    public static boolean isBlank(String text) {
        return text.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c)
                || Character.getType(c) == Character.FORMAT || Character.getType(c) == Character.CONTROL
                || BLANK_LETTERS.indexOf(c) >= 0);
    }

    /** Hangul choseong and jungseong fillers, the Hangul filler and its halfwidth form, the braille blank. */
    private static final String BLANK_LETTERS = "\u115F\u1160\u3164\uFFA0\u2800";

    /** Real DynamoDB rejects empty string keys (dynalite does not), so they are caught here before any write. */
    private void checkKey(ColumnDef column, JsonNode value) {
        if (!value.isTextual() || !table.allKeyColumns().contains(column.name())) return;
        String text = value.textValue();
        if (isBlank(text)) {
            throw new ValidationException(ValidationException.EMPTY_KEY, column.name(), "key field '" + column.name()
                    + "' in table '" + table.name() + "' must not be empty or blank");
        }
        int limit = isSortKey(column.name()) ? MAX_SORT_KEY_BYTES : MAX_PARTITION_KEY_BYTES;
        long bytes = ItemSize.utf8(text);
        if (bytes > limit) {
            throw new ValidationException(ValidationException.KEY_TOO_LONG, column.name(), "key field '" + column.name()
                    + "' in table '" + table.name() + "' is " + bytes + " bytes; DynamoDB allows at most " + limit);
        }
    }

    /** A column that sorts anywhere (table or index) gets the stricter sort key limit. */
    private boolean isSortKey(String column) {
        return table.sortKey().filter(column::equals).isPresent()
                || table.indexes().stream().anyMatch(i -> i.sortKey().filter(column::equals).isPresent());
    }

    private ValidationException wrongType(ColumnDef column, JsonNode value, String detail) {
        return new ValidationException(ValidationException.TYPE, column.name(), "field '" + column.name() + "' in table '"
                + table.name() + "' has the wrong type: expected " + column.type().schemaName() + detail + ", got " + kind(value));
    }

    private static String kind(JsonNode value) {
        return value.getNodeType().name().toLowerCase(Locale.ROOT);
    }
}

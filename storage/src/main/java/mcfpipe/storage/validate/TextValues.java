package mcfpipe.storage.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import mcfpipe.storage.schema.ColumnDef;
import mcfpipe.storage.schema.TableDef;

/**
 * Reads a value that arrives as text (an id in a URL, a query parameter, a key part) as the JSON value
 * of its column's type, checked by the same rules as a record field.
 */
public final class TextValues {
    private TextValues() {}

    public static JsonNode parse(TableDef table, String column, String text) {
        ColumnDef def = table.column(column);
        if (text == null) {
            throw new ValidationException(ValidationException.REQUIRED, column,
                    "field '" + column + "' is required in table '" + table.name() + "'");
        }
        JsonNode node = switch (def.type()) {
            case STRING -> TextNode.valueOf(text);
            case NUMBER -> number(table, column, text);
            case BOOLEAN -> bool(table, column, text);
            case STRING_LIST -> throw new ValidationException(ValidationException.TYPE, column, "field '" + column
                    + "' in table '" + table.name() + "' has type StringList, which cannot be given as a single text value");
        };
        return RecordValidator.validateValue(table, column, node);
    }

    /**
     * A key value as text, the way it appears in a URL: a string as it is, a number in plain digits. A number
     * outside DynamoDB's range (not yet refused by validation) keeps its exponent, so it is never expanded into
     * millions of digits.
     */
    public static String keyText(JsonNode value) {
        if (value == null || value.isNull()) return null;
        if (!value.isNumber()) return value.asText();
        BigDecimal exact = value.decimalValue();
        if (!NumberRules.inRange(exact)) return exact.toString();
        return exact.signum() == 0 ? "0" : exact.stripTrailingZeros().toPlainString();
    }

    /** True when DynamoDB can store the number: in range and at most 38 significant digits. */
    public static boolean isDynamoNumber(BigDecimal value) {
        try {
            NumberRules.check("", "", value);
            return true;
        } catch (ValidationException e) {
            return false;
        }
    }

    private static JsonNode number(TableDef table, String column, String text) {
        try {
            // left unnormalised: the range check must run before anything expands the number
            return DecimalNode.valueOf(new BigDecimal(text.strip()));
        } catch (NumberFormatException e) {
            throw new ValidationException(ValidationException.TYPE, column, "field '" + column + "' in table '"
                    + table.name() + "' has the wrong type: expected Number, got '" + text + "'");
        }
    }

    private static JsonNode bool(TableDef table, String column, String text) {
        if (text.equals("true")) return BooleanNode.TRUE;
        if (text.equals("false")) return BooleanNode.FALSE;
        throw new ValidationException(ValidationException.TYPE, column, "field '" + column + "' in table '"
                + table.name() + "' has the wrong type: expected Boolean (true or false), got '" + text + "'");
    }
}

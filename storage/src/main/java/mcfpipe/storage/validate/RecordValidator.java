package mcfpipe.storage.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;
import mcfpipe.storage.Json;
import mcfpipe.storage.schema.ColumnDef;
import mcfpipe.storage.schema.TableDef;

/**
 * Checks a record against its table and returns a normalised copy (canonical dates and numbers).
 * The first broken rule is thrown as a {@link ValidationException} naming the field.
 *
 * <p>{@code created} and {@code last_modified} are server-set: a value the client sends for them is
 * silently dropped (it is neither checked nor kept), and the store sets them on every write.
 *
 * <p>A JSON null means "absent" for a nullable column: a FULL record omits it, a PARTIAL record keeps
 * the null so the store can remove the attribute. For a required column a null is {@code required}.
 */
public final class RecordValidator {
    /** FULL: a whole item, every required column present. PARTIAL: an update, only given fields checked, keys present. */
    public enum Mode { FULL, PARTIAL }

    private RecordValidator() {}

    public static ObjectNode validate(TableDef table, ObjectNode record, Mode mode) {
        if (record == null) throw new ValidationException(ValidationException.BAD_JSON, null, "record for table '" + table.name() + "' is missing");
        ValueRules rules = new ValueRules(table);
        ObjectNode result = Json.object();
        for (Iterator<Map.Entry<String, JsonNode>> it = record.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String name = field.getKey();
            if (TableDef.isServerSet(name)) continue;
            ColumnDef column = table.column(name);
            JsonNode value = field.getValue();
            if (value == null || value.isNull() || value.isMissingNode()) {
                if (!column.nullable()) throw required(table, name, " and cannot be null");
                if (mode == Mode.PARTIAL) result.set(name, NullNode.getInstance());
                continue;
            }
            result.set(name, rules.normalise(column, value));
        }
        checkPresent(table, result, mode);
        checkSize(table, result);
        return result;
    }

    /** Checks and normalises one value for a column, e.g. a condition operand or a key from a URL. */
    public static JsonNode validateValue(TableDef table, String column, JsonNode value) {
        ColumnDef def = table.column(column);
        if (value == null || value.isNull() || value.isMissingNode()) throw required(table, column, " and cannot be null");
        return new ValueRules(table).normalise(def, value);
    }

    private static void checkPresent(TableDef table, ObjectNode result, Mode mode) {
        if (mode == Mode.FULL) {
            for (ColumnDef c : table.clientColumns()) {
                if (!c.nullable() && !result.has(c.name())) throw required(table, c.name(), "");
            }
        } else {
            for (String key : table.keyColumns()) {
                if (!result.has(key)) throw required(table, key, " (it is part of the key)");
            }
        }
    }

    /** The store adds both timestamps (16 characters each) to every item, so their bytes count too. */
    private static void checkSize(TableDef table, ObjectNode result) {
        long size = ItemSize.of(result) + ItemSize.utf8(TableDef.CREATED) + 16 + ItemSize.utf8(TableDef.LAST_MODIFIED) + 16;
        if (size > ItemSize.MAX_BYTES) {
            String largest = null;
            long largestSize = -1;
            for (Iterator<Map.Entry<String, JsonNode>> it = result.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                long s = ItemSize.attribute(e.getKey(), e.getValue());
                if (s > largestSize) {
                    largest = e.getKey();
                    largestSize = s;
                }
            }
            throw new ValidationException(ValidationException.ITEM_TOO_LARGE, largest, "item in table '" + table.name()
                    + "' is too large: " + size + " bytes, DynamoDB allows at most " + ItemSize.MAX_BYTES
                    + " (400 KB); the largest field is '" + largest + "' (" + largestSize + " bytes)");
        }
    }

    private static ValidationException required(TableDef table, String column, String detail) {
        return new ValidationException(ValidationException.REQUIRED, column,
                "field '" + column + "' is required in table '" + table.name() + "'" + detail);
    }
}

package mcfpipe.storage.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import mcfpipe.storage.Json;
import mcfpipe.storage.schema.TableDef;
import mcfpipe.storage.validate.TextValues;
import mcfpipe.storage.validate.ValidationException;

/**
 * The key of one item as text, the way it arrives in a URL: the partition value and, for tables with a
 * sort key, the sort value (else null). Values are converted to the key columns' types when used.
 */
public record ItemKey(String partition, String sort) {

    public static ItemKey of(String partition) {
        return new ItemKey(partition, null);
    }

    public static ItemKey of(String partition, String sort) {
        return new ItemKey(partition, sort);
    }

    /** The key of a (validated) record, as text. */
    public static ItemKey fromRecord(TableDef table, JsonNode record) {
        String partition = text(record.get(table.primaryKey()));
        String sort = table.sortKey().map(k -> text(record.get(k))).orElse(null);
        return new ItemKey(partition, sort);
    }

    private static String text(JsonNode value) {
        return TextValues.keyText(value);
    }

    /** The key as a record of the key columns, each checked by the column's rules. */
    public ObjectNode toRecord(TableDef table) {
        ObjectNode record = Json.object();
        record.set(table.primaryKey(), TextValues.parse(table, table.primaryKey(), partition));
        if (table.sortKey().isPresent()) {
            String sortKey = table.sortKey().get();
            record.set(sortKey, TextValues.parse(table, sortKey, sort));
        } else if (sort != null) {
            throw new ValidationException(ValidationException.KEY_MISMATCH, table.primaryKey(), "table '" + table.name()
                    + "' has no sort key, but the key of item '" + partition + "' gives one ('" + sort + "')");
        }
        return record;
    }

    /** How messages name the item: 'id' or 'id'/'sort'. */
    public String describe() {
        return "'" + partition + "'" + (sort == null ? "" : "/'" + sort + "'");
    }
}

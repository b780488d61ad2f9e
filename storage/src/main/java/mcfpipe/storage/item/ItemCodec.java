package mcfpipe.storage.item;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mcfpipe.storage.Json;
import mcfpipe.storage.schema.ColumnDef;
import mcfpipe.storage.schema.TableDef;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Converts validated records to DynamoDB items and back. Writing follows the column type (Number to N
 * with the exact plain digits, StringList to a list of S, Boolean to BOOL); reading follows the attribute's
 * own type, so attributes written before a schema change are still returned as they are.
 */
public final class ItemCodec {
    private final TableDef table;

    public ItemCodec(TableDef table) {
        this.table = table;
    }

    public TableDef table() {
        return table;
    }

    /** The item for a validated record; nulls are left out (absent). */
    public Map<String, AttributeValue> toItem(ObjectNode record) {
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = record.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getValue().isNull()) continue;
            item.put(e.getKey(), toAttribute(e.getKey(), e.getValue()));
        }
        return item;
    }

    /** One validated value of a column as an attribute. */
    public AttributeValue toAttribute(String column, JsonNode value) {
        ColumnDef def = table.column(column);
        return switch (def.type()) {
            case STRING -> AttributeValue.fromS(requireKind(value.isTextual(), def, value).textValue());
            case NUMBER -> AttributeValue.fromN(plain(requireKind(value.isNumber(), def, value).decimalValue()));
            case BOOLEAN -> AttributeValue.fromBool(requireKind(value.isBoolean(), def, value).booleanValue());
            case STRING_LIST -> {
                requireKind(value.isArray(), def, value);
                List<AttributeValue> list = new ArrayList<>();
                for (JsonNode element : value) list.add(AttributeValue.fromS(requireKind(element.isTextual(), def, element).textValue()));
                yield AttributeValue.fromL(list);
            }
        };
    }

    /** The table's key attributes of a validated record. */
    public Map<String, AttributeValue> keyOf(JsonNode record) {
        return attributesOf(record, table.keyColumns());
    }

    /** The named attributes of a validated record, e.g. the key of an index. */
    public Map<String, AttributeValue> attributesOf(JsonNode record, List<String> columns) {
        Map<String, AttributeValue> key = new LinkedHashMap<>();
        for (String column : columns) {
            JsonNode value = record.get(column);
            if (value == null || value.isNull()) throw new IllegalArgumentException("record has no value for key column '" + column + "'");
            key.put(column, toAttribute(column, value));
        }
        return key;
    }

    /** A record from an item, columns in schema order, then any attributes the schema no longer lists. */
    public ObjectNode fromItem(Map<String, AttributeValue> item) {
        ObjectNode record = Json.object();
        for (String column : table.columns().keySet()) {
            AttributeValue v = item.get(column);
            if (v != null) record.set(column, fromAttribute(v));
        }
        for (Map.Entry<String, AttributeValue> e : item.entrySet()) {
            if (!record.has(e.getKey())) record.set(e.getKey(), fromAttribute(e.getValue()));
        }
        return record;
    }

    public static JsonNode fromAttribute(AttributeValue v) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        return switch (v.type()) {
            case S -> TextNode.valueOf(v.s());
            case N -> Json.numberNode(new BigDecimal(v.n()));
            case BOOL -> BooleanNode.valueOf(v.bool());
            case NUL -> NullNode.getInstance();
            case B -> TextNode.valueOf(Base64.getEncoder().encodeToString(v.b().asByteArray()));
            case L -> {
                ArrayNode a = nodes.arrayNode();
                v.l().forEach(e -> a.add(fromAttribute(e)));
                yield a;
            }
            case SS -> {
                ArrayNode a = nodes.arrayNode();
                v.ss().forEach(a::add);
                yield a;
            }
            case NS -> {
                ArrayNode a = nodes.arrayNode();
                v.ns().forEach(n -> a.add(Json.numberNode(new BigDecimal(n))));
                yield a;
            }
            case BS -> {
                ArrayNode a = nodes.arrayNode();
                v.bs().forEach(b -> a.add(Base64.getEncoder().encodeToString(b.asByteArray())));
                yield a;
            }
            case M -> {
                ObjectNode o = nodes.objectNode();
                v.m().forEach((k, e) -> o.set(k, fromAttribute(e)));
                yield o;
            }
            default -> throw new IllegalArgumentException("attribute of unsupported type " + v.type());
        };
    }

    /** Exact digits without exponent, trailing zeros dropped as DynamoDB would. */
    static String plain(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }

    /** Values reach the codec validated; a mismatch here is a programming error, reported with the column. */
    private JsonNode requireKind(boolean ok, ColumnDef column, JsonNode value) {
        if (!ok) {
            throw new IllegalArgumentException("column '" + column.name() + "' of table '" + table.name()
                    + "' expects " + column.type().schemaName() + " but got " + value.getNodeType() + "; validate the record first");
        }
        return value;
    }
}

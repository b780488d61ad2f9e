package mcfpipe.storage.store;

import java.util.List;
import mcfpipe.storage.item.ItemCodec;
import mcfpipe.storage.schema.DataType;
import mcfpipe.storage.validate.TextValues;
import mcfpipe.storage.validate.ValidationException;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A condition on the sort key of a query, values given as text (as in a URL) and converted to the sort
 * key's type: eq, lt, le, gt, ge, between (inclusive) and beginsWith (String sort keys only).
 */
public final class SortCondition {
    private enum Operator { EQ, LT, LE, GT, GE, BETWEEN, BEGINS_WITH }

    private final Operator operator;
    private final List<String> values;

    private SortCondition(Operator operator, List<String> values) {
        this.operator = operator;
        this.values = values;
    }

    public static SortCondition eq(String value) {
        return new SortCondition(Operator.EQ, List.of(value));
    }

    public static SortCondition lt(String value) {
        return new SortCondition(Operator.LT, List.of(value));
    }

    public static SortCondition le(String value) {
        return new SortCondition(Operator.LE, List.of(value));
    }

    public static SortCondition gt(String value) {
        return new SortCondition(Operator.GT, List.of(value));
    }

    public static SortCondition ge(String value) {
        return new SortCondition(Operator.GE, List.of(value));
    }

    public static SortCondition between(String low, String high) {
        return new SortCondition(Operator.BETWEEN, List.of(low, high));
    }

    public static SortCondition beginsWith(String prefix) {
        return new SortCondition(Operator.BEGINS_WITH, List.of(prefix));
    }

    /** The key-condition fragment for the given sort key column. */
    String render(Expressions e, ItemCodec codec, String sortKey) {
        String name = e.name(sortKey);
        return switch (operator) {
            case EQ -> name + " = " + value(e, codec, sortKey, 0);
            case LT -> name + " < " + value(e, codec, sortKey, 0);
            case LE -> name + " <= " + value(e, codec, sortKey, 0);
            case GT -> name + " > " + value(e, codec, sortKey, 0);
            case GE -> name + " >= " + value(e, codec, sortKey, 0);
            case BETWEEN -> name + " BETWEEN " + value(e, codec, sortKey, 0) + " AND " + value(e, codec, sortKey, 1);
            case BEGINS_WITH -> {
                if (codec.table().column(sortKey).type() != DataType.STRING) {
                    throw new ValidationException(ValidationException.BAD_QUERY, sortKey, "begins_with needs a String sort key, but '"
                            + sortKey + "' of table '" + codec.table().name() + "' is " + codec.table().column(sortKey).type());
                }
                yield "begins_with(" + name + ", " + prefix(e, sortKey, values.get(0)) + ")";
            }
        };
    }

    private String value(Expressions e, ItemCodec codec, String sortKey, int position) {
        return e.value(codec.toAttribute(sortKey, TextValues.parse(codec.table(), sortKey, values.get(position))));
    }

    /** A prefix is not a whole value, so it skips the date-format check; it must still be non-empty. */
    private static String prefix(Expressions e, String sortKey, String prefix) {
        if (prefix == null || prefix.isEmpty()) {
            throw new ValidationException(ValidationException.BAD_QUERY, sortKey, "begins_with on '" + sortKey + "' needs a non-empty prefix");
        }
        return e.value(AttributeValue.fromS(prefix));
    }

    /** The condition as part of a page token's scope: a token is valid only for the same condition. */
    String scope() {
        return operator.name() + "\u0000" + String.join("\u0000", values);
    }

    @Override
    public String toString() {
        return operator.name().toLowerCase() + " " + values;
    }
}

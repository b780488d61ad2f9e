package mcfpipe.storage.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.stream.Collectors;
import mcfpipe.storage.Json;
import mcfpipe.storage.item.ItemCodec;
import mcfpipe.storage.validate.RecordValidator;

/**
 * A condition a conditional write must meet, e.g. {@code or(itemAbsent(), lessThan("status", 1))}:
 * write only if the item is new or has not progressed past status 0. Operands are checked against the
 * column's type when the condition is used on a table.
 */
public final class Condition {
    /** Renders the condition into an expression for one table. */
    @FunctionalInterface
    interface Renderer {
        String render(Expressions expressions, ItemCodec codec);
    }

    private final String description;
    private final Renderer renderer;

    private Condition(String description, Renderer renderer) {
        this.description = description;
        this.renderer = renderer;
    }

    /** The item does not exist yet. */
    public static Condition itemAbsent() {
        return new Condition("item absent", (e, c) -> "attribute_not_exists(" + e.name(c.table().primaryKey()) + ")");
    }

    /** The item exists. */
    public static Condition itemExists() {
        return new Condition("item exists", (e, c) -> "attribute_exists(" + e.name(c.table().primaryKey()) + ")");
    }

    public static Condition attributeExists(String column) {
        return new Condition(column + " exists", (e, c) -> {
            c.table().column(column);
            return "attribute_exists(" + e.name(column) + ")";
        });
    }

    public static Condition attributeAbsent(String column) {
        return new Condition(column + " absent", (e, c) -> {
            c.table().column(column);
            return "attribute_not_exists(" + e.name(column) + ")";
        });
    }

    public static Condition equalTo(String column, Object value) {
        return compare(column, "=", value);
    }

    public static Condition notEqualTo(String column, Object value) {
        return compare(column, "<>", value);
    }

    /** True only when the attribute exists and is less than the value. */
    public static Condition lessThan(String column, Object value) {
        return compare(column, "<", value);
    }

    public static Condition lessThanOrEqual(String column, Object value) {
        return compare(column, "<=", value);
    }

    public static Condition greaterThan(String column, Object value) {
        return compare(column, ">", value);
    }

    public static Condition greaterThanOrEqual(String column, Object value) {
        return compare(column, ">=", value);
    }

    public static Condition and(Condition... conditions) {
        return combine(" AND ", conditions);
    }

    public static Condition or(Condition... conditions) {
        return combine(" OR ", conditions);
    }

    public static Condition not(Condition condition) {
        return new Condition("not (" + condition.description + ")", (e, c) -> "NOT (" + condition.render(e, c) + ")");
    }

    private static Condition compare(String column, String operator, Object value) {
        return new Condition(column + " " + operator + " " + value, (e, c) -> {
            JsonNode operand = RecordValidator.validateValue(c.table(), column, Json.mapper().valueToTree(value));
            return e.name(column) + " " + operator + " " + e.value(c.toAttribute(column, operand));
        });
    }

    private static Condition combine(String operator, Condition... conditions) {
        if (conditions.length == 0) throw new IllegalArgumentException("a combined condition needs at least one condition");
        String description = Arrays.stream(conditions).map(c -> c.description).collect(Collectors.joining(operator.toLowerCase()));
        return new Condition(description, (e, c) -> Arrays.stream(conditions)
                .map(condition -> "(" + condition.render(e, c) + ")")
                .collect(Collectors.joining(operator)));
    }

    String render(Expressions expressions, ItemCodec codec) {
        return renderer.render(expressions, codec);
    }

    @Override
    public String toString() {
        return description;
    }
}

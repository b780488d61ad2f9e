package mcfpipe.storage.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;

/**
 * An item's size as DynamoDB counts it against its 400 KB limit: for each attribute the UTF-8 bytes of
 * its name plus its value: strings their UTF-8 bytes, numbers by their base-100 encoding (see
 * {@link #number}), booleans and nulls 1 byte, lists 3 bytes plus 1 byte and the size of each element.
 */
public final class ItemSize {
    /** DynamoDB's maximum item size: 400 KB. */
    public static final long MAX_BYTES = 400 * 1024;

    private ItemSize() {}

    /** Size of a record whose values are already normalised (strings, exact numbers, booleans, lists). */
    public static long of(JsonNode record) {
        long total = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = record.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            total += attribute(e.getKey(), e.getValue());
        }
        return total;
    }

    public static long attribute(String name, JsonNode value) {
        return utf8(name) + value(value);
    }

    static long value(JsonNode value) {
        if (value.isTextual()) return utf8(value.textValue());
        if (value.isNumber()) return number(value.decimalValue());
        if (value.isArray()) {
            long size = 3;
            for (JsonNode element : value) size += 1 + value(element);
            return size;
        }
        // booleans and nulls
        return 1;
    }

    /**
     * DynamoDB stores a number as an exponent byte plus its significant digits in pairs aligned on the
     * exponent, plus a terminator byte when negative. The documentation's "1 byte per two digits plus 1"
     * undercounts by up to two bytes; this follows the encoding, as dynalite does.
     */
    static long number(BigDecimal value) {
        if (value.signum() == 0) return 1;
        BigDecimal stripped = value.stripTrailingZeros();
        int digits = stripped.precision();
        int exponent = digits - stripped.scale() - 1;
        boolean extraPair = digits % 2 == 0 && exponent % 2 == 0;
        return 1 + (digits + 1) / 2 + (extraPair ? 1 : 0) + (value.signum() < 0 ? 1 : 0);
    }

    static long utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}

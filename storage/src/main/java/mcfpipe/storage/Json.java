package mcfpipe.storage;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import mcfpipe.storage.validate.ValidationException;

/**
 * The one JSON configuration used for records. Numbers are read exactly (never through a double, so
 * 0.1 and 9007199254740993 survive), duplicate keys are an error (a record with two "status" fields is
 * ambiguous), and decimals are written in plain notation.
 */
public final class Json {
    private Json() {}

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    /** The shared mapper; configured once, safe to use from many threads. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** Parses a request body that must be one JSON object; anything else is a {@code bad_json} error. */
    public static ObjectNode parseObject(String text) {
        if (text == null || text.isBlank()) {
            throw new ValidationException(ValidationException.BAD_JSON, null, "body is empty: expected a JSON object");
        }
        JsonNode node;
        try {
            node = MAPPER.readTree(text);
        } catch (JacksonException e) {
            throw new ValidationException(ValidationException.BAD_JSON, null, "body is not valid JSON: " + whyNotJson(e));
        }
        if (node == null || !node.isObject()) {
            throw new ValidationException(ValidationException.BAD_JSON, null, "body is not a JSON object");
        }
        return (ObjectNode) node;
    }

    /** True when the parser refused a number for its length (more than 1000 characters). */
    public static boolean isNumberTooLong(JacksonException e) {
        String m = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        return m.contains("Number value length") || m.contains("Number length");
    }

    /**
     * Why a text is not JSON, in the caller's terms: where it broke and what was wrong, without the parser's class
     * and feature names (which mean nothing to someone sending a request).
     */
    public static String whyNotJson(JacksonException e) {
        String m = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        String why;
        if (m.startsWith("Trailing token")) why = "more than one JSON value";
        else if (m.contains("nesting depth")) why = "nested deeper than 1000 levels";
        else if (isNumberTooLong(e)) why = "a number longer than 1000 characters";
        else if (m.startsWith("Non-standard token")) why = m.replaceFirst("^Non-standard token ('[^']*').*$", "$1 is not a JSON value");
        else if (m.startsWith("Duplicate field")) why = m.replaceFirst("^Duplicate field ('[^']*').*$", "the field $1 appears twice");
        else if (m.contains("java.math.BigDecimal")) why = "a number whose exponent is too large to read";
        else {
            // drop the parser's own asides: "(bound as `...`)", "(from `...`)", ": enable `...` to allow"
            why = m.replaceAll("\\s*\\([^()]*`[^()]*\\)", "").replaceAll(":?\\s*(enable|not allowed as per) `.*$", "").strip();
            int newline = why.indexOf('\n');
            if (newline >= 0) why = why.substring(0, newline);
            why = why.replaceAll("`[^`]*`", "a value");
        }
        com.fasterxml.jackson.core.JsonLocation at = e.getLocation();
        return why + (at == null || at.getLineNr() < 1 ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")");
    }

    /**
     * The canonical node for a number: trailing zeros dropped (DynamoDB drops them too, so what a write
     * returns equals what a later read returns), whole numbers as integer nodes, the rest as exact decimals.
     */
    public static JsonNode numberNode(BigDecimal value) {
        if (value.signum() == 0) return IntNode.valueOf(0);
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.scale() > 0) return DecimalNode.valueOf(stripped);
        BigInteger whole = stripped.toBigIntegerExact();
        if (whole.bitLength() < 32) return IntNode.valueOf(whole.intValue());
        if (whole.bitLength() < 64) return LongNode.valueOf(whole.longValue());
        return BigIntegerNode.valueOf(whole);
    }
}

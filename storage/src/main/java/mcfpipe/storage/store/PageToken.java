package mcfpipe.storage.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import mcfpipe.storage.Json;
import mcfpipe.storage.schema.DataType;
import mcfpipe.storage.validate.TextValues;
import mcfpipe.storage.validate.ValidationException;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The opaque "next" token: base64url of the last evaluated key (every key attribute, so it works for
 * sort keys and indexes), a dot, and a checksum over the scope (table, index, partition) and the payload.
 * The checksum makes a tampered token, or one from another table, index or partition, a {@code bad_token}
 * error instead of a confusing DynamoDB failure. It is not a secret: it detects, it does not authenticate.
 */
final class PageToken {
    private static final int CHECKSUM_BYTES = 16;
    private static final int MAX_TOKEN_LENGTH = 8192;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private PageToken() {}

    static String encode(String scope, Map<String, AttributeValue> key) {
        ObjectNode payload = Json.object();
        for (Map.Entry<String, AttributeValue> e : new TreeMap<>(key).entrySet()) {
            AttributeValue v = e.getValue();
            ObjectNode typed = payload.putObject(e.getKey());
            if (v.s() != null) typed.put("S", v.s());
            else if (v.n() != null) typed.put("N", v.n());
            else throw new IllegalArgumentException("key attribute '" + e.getKey() + "' is neither a string nor a number");
        }
        byte[] bytes = payload.toString().getBytes(StandardCharsets.UTF_8);
        return ENCODER.encodeToString(bytes) + "." + ENCODER.encodeToString(checksum(scope, bytes));
    }

    /**
     * The key a token carries; {@code attributes} are the key attributes it must hold, no more, no less, each of
     * its column's type (a String non-empty, a Number within DynamoDB's range).
     */
    static Map<String, AttributeValue> decode(String scope, String token, Map<String, DataType> attributes) {
        if (token.length() > MAX_TOKEN_LENGTH) throw bad("it is too long");
        int dot = token.indexOf('.');
        if (dot < 0 || dot != token.lastIndexOf('.')) throw bad("it is malformed");
        byte[] payload;
        byte[] sum;
        try {
            payload = DECODER.decode(token.substring(0, dot));
            sum = DECODER.decode(token.substring(dot + 1));
        } catch (IllegalArgumentException e) {
            throw bad("it is not base64url");
        }
        if (!MessageDigest.isEqual(sum, checksum(scope, payload))) {
            throw bad("its checksum does not match (changed, or from another table, index or partition)");
        }
        return parse(payload, attributes);
    }

    private static Map<String, AttributeValue> parse(byte[] payload, Map<String, DataType> attributes) {
        JsonNode root;
        try {
            root = Json.mapper().readTree(payload);
        } catch (java.io.IOException e) {
            throw bad("its payload is not JSON");
        }
        if (root == null || !root.isObject() || root.size() != attributes.size()) throw bad("it does not hold this table's key");
        Map<String, AttributeValue> key = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode typed = e.getValue();
            DataType type = attributes.get(e.getKey());
            if (type == null || !typed.isObject() || typed.size() != 1) throw bad("it does not hold this table's key");
            JsonNode s = typed.get("S");
            JsonNode n = typed.get("N");
            if (type == DataType.STRING && s != null && s.isTextual() && !s.textValue().isEmpty()) {
                key.put(e.getKey(), AttributeValue.fromS(s.textValue()));
            } else if (type == DataType.NUMBER && n != null && n.isTextual() && isNumber(n.textValue())) {
                key.put(e.getKey(), AttributeValue.fromN(n.textValue()));
            } else {
                throw bad("it does not hold this table's key");
            }
        }
        return key;
    }

    private static boolean isNumber(String text) {
        try {
            return TextValues.isDynamoNumber(new java.math.BigDecimal(text));
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static byte[] checksum(String scope, byte[] payload) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(scope.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(payload);
            return Arrays.copyOf(sha.digest(), CHECKSUM_BYTES);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static ValidationException bad(String why) {
        return new ValidationException(ValidationException.BAD_TOKEN, "next", "the next token is invalid: " + why);
    }
}

package mcfpipe.jobdb;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;
import mcfpipe.storage.Json;

/** Reads request bodies, with a 400 that says exactly what is wrong with one that is not usable. */
final class RequestBodies {
    private RequestBodies() {}

    static JsonNode json(ApiRequest request) {
        String body = request.body();
        if (body == null || body.isBlank()) {
            throw new ApiException(400, "empty_body", "request body is empty; send a JSON object", "body");
        }
        try {
            JsonNode n = Json.mapper().readTree(body);
            if (n == null) throw new ApiException(400, "empty_body", "request body is empty; send a JSON object", "body");
            checkUnicode(n, "body");
            return n;
        } catch (JsonProcessingException e) {
            String why = Json.whyNotJson(e);
            if (Json.isNumberTooLong(e)) {
                throw new ApiException(400, "number_precision", "request body has " + why
                        + "; DynamoDB keeps at most 38 significant digits", "body");
            }
            throw new ApiException(400, "bad_json", "request body is not valid JSON: " + why, "body");
        } catch (NumberFormatException | ArithmeticException e) {
            // a number such as 1e999999999999, whose exponent no decimal type holds
            throw new ApiException(400, "number_range", "request body has a number whose exponent is too large to read"
                    + "; DynamoDB numbers lie between 1E-130 and 9.99E+125", "body");
        }
    }

    /**
     * JSON lets a string escape half of a surrogate pair on its own, which is no Unicode text: the AWS SDK would
     * send it as '?', so the item (or its key) would silently differ from what was asked. Refused instead,
     * naming the top-level field that holds it.
     */
    private static void checkUnicode(JsonNode node, String field) {
        if (node.isTextual()) {
            if (!isUnicode(node.textValue())) throw badUnicode(field);
        } else if (node.isArray()) {
            for (JsonNode e : node) checkUnicode(e, field);
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!isUnicode(e.getKey())) throw badUnicode(field);
                // a top-level object (or one in a top-level array) is an item: name its column
                checkUnicode(e.getValue(), field.equals("body") ? e.getKey() : field);
            }
        }
    }

    private static boolean isUnicode(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) i++;
            else if (Character.isSurrogate(c)) return false;
        }
        return true;
    }

    private static ApiException badUnicode(String field) {
        return new ApiException(400, "bad_unicode", "request body has text that is not valid Unicode (half of a surrogate pair)"
                + (field.equals("body") ? "" : " in field '" + field + "'"), field);
    }

    static ObjectNode object(ApiRequest request) {
        JsonNode n = json(request);
        if (!n.isObject()) {
            throw new ApiException(400, "not_an_object", "request body must be a JSON object, not " + kind(n), "body");
        }
        return (ObjectNode) n;
    }

    static String kind(JsonNode n) {
        if (n.isArray()) return "an array";
        if (n.isTextual()) return "a string";
        if (n.isNumber()) return "a number";
        if (n.isBoolean()) return "a boolean";
        if (n.isNull()) return "null";
        return n.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }
}

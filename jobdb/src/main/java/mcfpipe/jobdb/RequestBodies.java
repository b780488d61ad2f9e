package mcfpipe.jobdb;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
            return n;
        } catch (JsonProcessingException e) {
            throw new ApiException(400, "bad_json", "request body is not valid JSON: " + e.getOriginalMessage(), "body");
        }
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

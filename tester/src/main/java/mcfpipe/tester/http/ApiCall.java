package mcfpipe.tester.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;

/**
 * One request to the API: method, the raw (already percent-encoded) path with its query, and an optional body
 * with its content type. Paths stay raw so cases can send exactly the encodings they test.
 */
public record ApiCall(String method, String rawPath, byte[] body, String contentType) {
    public static final String JSON = "application/json";

    public static ApiCall get(String rawPath) {
        return new ApiCall("GET", rawPath, null, null);
    }

    public static ApiCall delete(String rawPath) {
        return new ApiCall("DELETE", rawPath, null, null);
    }

    public static ApiCall post(String rawPath, JsonNode body) {
        return withJson("POST", rawPath, JsonCodec.write(body));
    }

    public static ApiCall put(String rawPath, JsonNode body) {
        return withJson("PUT", rawPath, JsonCodec.write(body));
    }

    /** A request whose body is given as text, for bodies a JSON writer would never produce. */
    public static ApiCall withJson(String method, String rawPath, String jsonText) {
        return new ApiCall(method, rawPath, jsonText.getBytes(StandardCharsets.UTF_8), JSON);
    }

    public ApiCall withContentType(String type) {
        return new ApiCall(method, rawPath, body, type);
    }

    public String describe() {
        return method + " " + (rawPath.length() > 120 ? rawPath.substring(0, 120) + "..." : rawPath);
    }
}

package mcfpipe.jobdb;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/** What a route answers: a status, a JSON body and any extra headers (e.g. Allow on a 405). */
public record ApiResponse(int status, JsonNode body, Map<String, String> headers) {
    public static ApiResponse of(int status, JsonNode body) {
        return new ApiResponse(status, body, Map.of());
    }
}

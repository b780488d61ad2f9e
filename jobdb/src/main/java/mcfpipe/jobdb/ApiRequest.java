package mcfpipe.jobdb;

import java.util.List;
import java.util.Map;

/**
 * One API call as the routes see it: the method, the path split into segments (each percent-decoded
 * exactly once), the query parameters, and the body already base64-decoded when the event said so.
 */
public record ApiRequest(String method, List<String> segments, Map<String, String> query, String body, String requestId) {

    public String segment(int i) {
        return segments.get(i);
    }
}

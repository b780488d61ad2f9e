package mcfpipe.jobmatch;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mcfpipe.storage.Json;

/**
 * What one trigger asks for: one user, or every user (userId null). Lambda hands the handler its event as plain
 * maps; this reads the three shapes it gets:
 * <ul>
 *   <li>an SQS event ({@code Records}): one request per message, the body {@code {"user_id":"demo"}} or {@code {}} for all;</li>
 *   <li>an EventBridge schedule: all users, or the one named in {@code detail.user_id} (a rule's constant input);</li>
 *   <li>a direct invoke {@code {"user_id":"demo"}}.</li>
 * </ul>
 *
 * @param messageId the SQS message id, null for other triggers
 * @param problem   why the message could not be read, else null
 */
record MatchRequest(String messageId, String userId, String problem) {

    static boolean isQueueEvent(Map<String, Object> event) {
        return event != null && event.get("Records") instanceof List;
    }

    static List<MatchRequest> from(Map<String, Object> event) {
        List<MatchRequest> requests = new ArrayList<>();
        if (isQueueEvent(event)) {
            for (Object r : (List<?>) event.get("Records")) {
                Map<?, ?> record = r instanceof Map<?, ?> m ? m : Map.of();
                String id = String.valueOf(record.get("messageId"));
                requests.add(fromBody(id, record.get("body") instanceof String s ? s : null));
            }
            return requests;
        }
        String user = null;
        if (event != null) {
            user = text(event.get("user_id"));
            if (user == null && event.get("detail") instanceof Map<?, ?> detail) user = text(detail.get("user_id"));
        }
        requests.add(new MatchRequest(null, user, null));
        return requests;
    }

    private static MatchRequest fromBody(String messageId, String body) {
        if (body == null || body.isBlank()) return new MatchRequest(messageId, null, null);
        try {
            JsonNode node = Json.mapper().readTree(body);
            if (!node.isObject()) return new MatchRequest(messageId, null, "body is not a JSON object");
            JsonNode user = node.get("user_id");
            if (user != null && !user.isNull() && (!user.isTextual() || user.asText().isBlank())) {
                return new MatchRequest(messageId, null, "user_id must be a non-empty string");
            }
            return new MatchRequest(messageId, user == null || user.isNull() ? null : user.asText(), null);
        } catch (JacksonException e) {
            return new MatchRequest(messageId, null, "body is not JSON: " + e.getOriginalMessage());
        }
    }

    private static String text(Object value) {
        return value instanceof String s && !s.isBlank() ? s : null;
    }
}

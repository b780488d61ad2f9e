package mcfpipe.storage.raw;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The SQS message body that names one stored raw page: {"bucket": "...", "key": "..."}. */
public record PageMessage(String bucket, String key) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public PageMessage {
        if (bucket == null || bucket.isBlank()) throw new IllegalArgumentException("page message has no bucket");
        if (key == null || key.isBlank()) throw new IllegalArgumentException("page message has no key");
    }

    public String toJson() {
        ObjectNode n = JSON.createObjectNode();
        n.put("bucket", bucket);
        n.put("key", key);
        return n.toString();
    }

    /** Parses a message body; a body that is not this shape fails with a message naming what is wrong. */
    public static PageMessage fromJson(String body) {
        if (body == null || body.isBlank()) throw new IllegalArgumentException("page message body is empty");
        JsonNode n;
        try {
            n = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("page message body is not JSON: " + e.getOriginalMessage());
        }
        if (n == null || !n.isObject()) throw new IllegalArgumentException("page message body is not a JSON object");
        JsonNode bucket = n.get("bucket");
        JsonNode key = n.get("key");
        if (bucket == null || !bucket.isTextual()) throw new IllegalArgumentException("page message has no string field 'bucket'");
        if (key == null || !key.isTextual()) throw new IllegalArgumentException("page message has no string field 'key'");
        return new PageMessage(bucket.asText(), key.asText());
    }
}

package mcfpipe.jobdb;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * API Gateway event -> {@link ApiRequest}: method, path segments decoded once, query, body (base64-decoded
 * when the event says so). Refuses bodies over Lambda's 6 MB and bodies whose Content-Type is not JSON.
 */
final class EventTranslator {
    /** Lambda's synchronous payload limit. */
    static final int MAX_BODY_BYTES = 6 * 1024 * 1024;
    private static final Set<String> BODY_METHODS = Set.of("POST", "PUT", "PATCH");

    private EventTranslator() {}

    static ApiRequest request(APIGatewayProxyRequestEvent event, String requestId) {
        if (event == null) throw new ApiException(400, "bad_event", "no request event", null);
        String method = event.getHttpMethod() == null ? "GET" : event.getHttpMethod().toUpperCase(Locale.ROOT);
        Map<String, String> query = event.getQueryStringParameters() == null ? Map.of()
                : new LinkedHashMap<>(event.getQueryStringParameters());
        String body = body(event);
        if (body != null && BODY_METHODS.contains(method)) checkContentType(event.getHeaders());
        return new ApiRequest(method, PathCodec.segments(event.getPath()), query, body, requestId);
    }

    private static String body(APIGatewayProxyRequestEvent event) {
        String body = event.getBody();
        if (body == null) return null;
        if (Boolean.TRUE.equals(event.getIsBase64Encoded())) {
            if (body.length() > MAX_BODY_BYTES / 3 * 4 + 4) throw tooLarge();
            byte[] bytes;
            try {
                bytes = Base64.getMimeDecoder().decode(body);
            } catch (IllegalArgumentException e) {
                throw new ApiException(400, "bad_base64", "request body is marked base64 but is not valid base64", "body");
            }
            if (bytes.length > MAX_BODY_BYTES) throw tooLarge();
            return utf8(bytes);
        }
        if (body.length() > MAX_BODY_BYTES || body.getBytes(StandardCharsets.UTF_8).length > MAX_BODY_BYTES) throw tooLarge();
        return body;
    }

    /** A body labelled as something other than JSON is refused before anyone tries to parse it. */
    private static void checkContentType(Map<String, String> headers) {
        if (headers == null) return;
        for (Map.Entry<String, String> h : headers.entrySet()) {
            if (!"content-type".equalsIgnoreCase(h.getKey()) || h.getValue() == null) continue;
            // indexOf, not split: ";".split(";") is an empty array, and a Content-Type of ";" must not be a 500
            int semicolon = h.getValue().indexOf(';');
            String type = (semicolon < 0 ? h.getValue() : h.getValue().substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
            if (!type.isEmpty() && !type.equals("application/json") && !type.endsWith("+json")) {
                throw new ApiException(415, "unsupported_media_type", "Content-Type '" + h.getValue()
                        + "' is not JSON; send application/json", "Content-Type");
            }
        }
    }

    /** The body's bytes as UTF-8 text; bytes that are not UTF-8 are refused, never replaced by U+FFFD. */
    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ApiException(400, "bad_utf8", "request body is not valid UTF-8 text; JSON must be sent as UTF-8", "body");
        }
    }

    private static ApiException tooLarge() {
        return new ApiException(413, "body_too_large", "request body is over " + MAX_BODY_BYTES + " bytes (6 MB)", "body");
    }
}

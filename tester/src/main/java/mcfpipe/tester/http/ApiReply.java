package mcfpipe.tester.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpHeaders;
import java.util.Optional;

/** What the API answered to one {@link ApiCall}; the body is parsed as JSON once, if it is JSON. */
public final class ApiReply {
    private static final int SNIPPET = 300;

    private final ApiCall call;
    private final int status;
    private final HttpHeaders headers;
    private final String body;
    private final JsonNode json;

    public ApiReply(ApiCall call, int status, HttpHeaders headers, String body) {
        this.call = call;
        this.status = status;
        this.headers = headers;
        this.body = body == null ? "" : body;
        this.json = JsonCodec.parseOrNull(this.body);
    }

    public ApiCall call() {
        return call;
    }

    public int status() {
        return status;
    }

    public Optional<String> header(String name) {
        return headers.firstValue(name);
    }

    public String body() {
        return body;
    }

    /** The parsed body, or null when it was empty or not JSON. */
    public JsonNode json() {
        return json;
    }

    /** One line for failure messages: the request and the start of the answer. */
    public String describe() {
        String text = body.replaceAll("\\s+", " ");
        if (text.length() > SNIPPET) text = text.substring(0, SNIPPET) + "...";
        return "(" + call.describe() + " -> " + status + " " + text + ")";
    }
}

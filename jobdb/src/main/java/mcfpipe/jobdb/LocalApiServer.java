package mcfpipe.jobdb;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;

/**
 * Serves the API on 127.0.0.1 by turning each real HTTP request into the API Gateway event that AWS would send
 * and handing it to the same {@link ApiHandler}: the raw (still percent-encoded) path, decoded query
 * parameters, and the body base64-encoded as API Gateway does for binary media.
 */
public final class LocalApiServer implements AutoCloseable {
    static {
        // The JDK server writes an answer's headers and body in separate packets; with Nagle's algorithm on, the
        // body then waits for the client's delayed ACK, ~40 ms per request on Linux. The server reads this
        // property once, when its first instance is made, so it is set here unless the user chose otherwise.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final HttpServer server;

    private LocalApiServer(HttpServer server) {
        this.server = server;
    }

    public static LocalApiServer start(ApiHandler handler, int port) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/", exchange -> serve(handler, exchange));
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
        return new LocalApiServer(server);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String url() {
        return "http://127.0.0.1:" + port();
    }

    private static void serve(ApiHandler handler, HttpExchange exchange) throws IOException {
        try (exchange) {
            // At most one byte over Lambda's limit is read: enough for the handler's 413, and a huge body cannot fill the heap.
            byte[] body = exchange.getRequestBody().readNBytes(EventTranslator.MAX_BODY_BYTES + 1);
            APIGatewayProxyResponseEvent response;
            try {
                APIGatewayProxyRequestEvent event = new APIGatewayProxyRequestEvent()
                        .withHttpMethod(exchange.getRequestMethod())
                        .withPath(rawBytesEncoded(exchange.getRequestURI().getRawPath()))
                        .withQueryStringParameters(query(rawBytesEncoded(exchange.getRequestURI().getRawQuery())))
                        .withHeaders(headers(exchange))
                        .withBody(body.length == 0 ? null : Base64.getEncoder().encodeToString(body))
                        .withIsBase64Encoded(body.length > 0);
                response = handler.handleRequest(event, new LocalContext(UUID.randomUUID().toString()));
            } catch (ApiException e) {
                response = ApiHandler.refusal(e);
            }
            if (response.getHeaders() != null) response.getHeaders().forEach(exchange.getResponseHeaders()::set);
            // the rest of an oversized body is still on the connection: close it, so no client reuses it for a next request
            if (body.length > EventTranslator.MAX_BODY_BYTES) exchange.getResponseHeaders().set("Connection", "close");
            byte[] out = response.getBody() == null ? new byte[0] : response.getBody().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(response.getStatusCode(), out.length == 0 ? -1 : out.length);
            try (OutputStream os = exchange.getResponseBody()) {
                os.write(out);
            }
        }
    }

    /**
     * The JDK server reads the request line as ISO-8859-1, so a byte that a client sent unencoded (UTF-8 of "é", say)
     * arrives as one char per byte. Percent-encoding those chars gives back the bytes, which are then decoded as
     * UTF-8 once, like every other id; API Gateway does the same with such bytes.
     */
    static String rawBytesEncoded(String raw) {
        if (raw == null || raw.chars().allMatch(c -> c < 0x80)) return raw;
        StringBuilder out = new StringBuilder(raw.length() + 16);
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c < 0x80) out.append(c);
            else if (c <= 0xFF) out.append('%').append(String.format("%02X", (int) c));
            else out.append(URLEncoder.encode(String.valueOf(c), StandardCharsets.UTF_8));
        }
        return out.toString();
    }

    private static Map<String, String> headers(HttpExchange exchange) {
        Map<String, String> h = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((k, v) -> h.put(k, String.join(",", v)));
        return h;
    }

    /**
     * API Gateway hands the Lambda query parameters already decoded; the last value of a repeated name wins. A '+'
     * is a space, as in any query string (send %2B for a plus). A malformed escape, or bytes that are not UTF-8, are
     * a 400 rather than a silent U+FFFD that would look up something else.
     */
    static Map<String, String> query(String raw) {
        Map<String, String> q = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) return q;
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) continue;
            int eq = pair.indexOf('=');
            String k = eq < 0 ? pair : pair.substring(0, eq);
            String v = eq < 0 ? "" : pair.substring(eq + 1);
            q.put(queryPart(k), queryPart(v));
        }
        return q;
    }

    private static String queryPart(String raw) {
        try {
            return PathCodec.decode(raw.replace('+', ' '));
        } catch (ApiException e) {
            throw new ApiException(400, "bad_query", "query string part '" + raw
                    + "' has a malformed percent escape or does not decode to UTF-8 text", "query");
        }
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}

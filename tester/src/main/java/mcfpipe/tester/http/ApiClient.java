package mcfpipe.tester.http;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sends {@link ApiCall}s to one API base URL (which may carry a stage path, as API Gateway URLs do) and
 * remembers every answer of 500 or above, since no input may ever get one.
 */
public final class ApiClient {
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final String base;
    private final RequestSigner signer;
    private final HttpClient http;
    private final List<String> serverErrors = new ArrayList<>();

    public ApiClient(URI baseUrl, RequestSigner signer) {
        String text = baseUrl.toString();
        this.base = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
        this.signer = signer;
        // HTTP/1.1: the local server speaks nothing else, and API Gateway takes it too
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    public ApiReply send(ApiCall call) {
        URI uri = URI.create(base + call.rawPath());
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", "application/json");
        if (call.contentType() != null) headers.put("Content-Type", call.contentType());
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(TIMEOUT)
                .method(call.method(), call.body() == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(call.body()));
        headers.forEach(request::header);
        signer.sign(call.method(), uri, headers, call.body())
                .forEach((name, values) -> values.forEach(v -> request.header(name, v)));
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ApiUnreachableException(call.describe() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiUnreachableException(call.describe() + ": interrupted", e);
        }
        ApiReply reply = new ApiReply(call, response.statusCode(), response.headers(), response.body());
        if (reply.status() >= 500) recordServerError(reply);
        return reply;
    }

    private synchronized void recordServerError(ApiReply reply) {
        serverErrors.add(reply.describe());
    }

    /** Every answer of 500 or above so far, described. */
    public synchronized List<String> serverErrors() {
        return List.copyOf(serverErrors);
    }
}

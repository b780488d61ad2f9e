package mcfpipe.jobdb;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mcfpipe.jobdb.ApiRig.Answer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * (c) Whatever bytes arrive as a path or a body, the API never answers 5xx: straight through the handler
 * (as API Gateway's event, body plain or base64), and over HTTP to the local server, both with the bytes
 * percent-encoded into the path and with the raw bytes written onto the socket.
 */
class NoServerErrorPropertyTest {
    private static ApiRig rig;

    /** JSON-ish pieces, so that many generated bodies get past the parser and into the routes and the validator. */
    private static final List<String> TOKENS = List.of("{", "}", "[", "]", ":", ",", "\"", "null", "true", "false", "0", "-0",
            "1e999999999", "-1.5E-400", "12345678901234567890123456789012345678901", "\"job_id\"", "\"position\"",
            "\"posted_date\"", "\"closing_date\"", "\"status\"", "\"skills\"", "\"mcf_ref\"", "\"created\"", "\"items\"", "\"ids\"",
            "\"track_id\"", "\"job_s_id\"", "\"2025-01-01\"", "\"2025-02-30\"", "\"\"", "\" \"", "\"\\u0000\"", "\"\\ud800\"",
            "\"\\udc00x\"", "\"\\u00e9\"", "\"a/b\"", "\"%2F\"", "\"batch\"", "{\"job_id\":\"x\",\"position\":\"p\",\"posted_date\":\"2025-01-01\",\"status\":1}",
            "[[[[[[[[[[", "]]]]]]]]]]", "\u00e9", "\ud83d\ude00", "\\", "\\u");

    private static final List<String> PREFIXES = List.of("", "/", "/job", "/job/", "/job/search", "/job/batch", "/job/delete",
            "/track_score/", "/track_score/search", "/user/", "/nosuch/", "//", "/job/x/", "/job/x/y/");

    @BeforeContainer
    static void start() {
        rig = ApiRig.start("pbt_nofault");
    }

    @AfterContainer
    static void stop() {
        if (rig != null) rig.close();
    }

    // ---- generators ---------------------------------------------------------------------------------------

    @Provide
    Arbitrary<byte[]> bytes() {
        Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(200);
        Arbitrary<byte[]> jsonish = Arbitraries.of(TOKENS).list().ofMaxSize(30)
                .map(ts -> String.join("", ts).getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> corrupted = JobArbitraries.validJobs().map(j -> j.json().getBytes(StandardCharsets.UTF_8))
                .flatMap(b -> Arbitraries.integers().between(0, Math.max(0, b.length - 1)).flatMap(at ->
                        Arbitraries.bytes().map(x -> {
                            byte[] copy = b.clone();
                            if (copy.length > 0) copy[at] = x;
                            return copy;
                        })));
        return Arbitraries.frequencyOf(Tuple.of(3, random), Tuple.of(3, jsonish), Tuple.of(1, corrupted));
    }

    @Provide
    Arbitrary<String> prefixes() {
        return Arbitraries.of(PREFIXES);
    }

    @Provide
    Arbitrary<String> methods() {
        return Arbitraries.frequencyOf(
                Tuple.of(8, Arbitraries.of("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS", "get", "post")),
                Tuple.of(1, Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(1).ofMaxLength(8)
                        .filter(m -> !m.equals("CONNECT")))); // java.net.http refuses to send CONNECT
    }

    @Provide
    Arbitrary<String> contentTypes() {
        return Arbitraries.of("application/json", "application/json; charset=utf-8", "application/problem+json", "",
                "text/plain", "application/x-www-form-urlencoded", ";", "application/json;;;", "\u00e9/\u00e9");
    }

    @Provide
    Arbitrary<Map<String, String>> queries() {
        Arbitrary<String> keys = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.of("job_id", "posted_date", "mcf_ref", "limit", "next", "all", "status", "track_id", "user_id")),
                Tuple.of(1, JobArbitraries.text(0, 8)));
        Arbitrary<String> values = Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.of("", " ", "1", "0", "-1", "1001", "1e3", "true", "x", "2025-01-01", "abc.def", ".", "..")),
                Tuple.of(2, JobArbitraries.text(0, 20)),
                Tuple.of(1, Arbitraries.bytes().array(byte[].class).ofMaxSize(40).map(b -> new String(b, StandardCharsets.ISO_8859_1))));
        return Arbitraries.maps(keys, values).ofMaxSize(3);
    }

    // ---- through the handler --------------------------------------------------------------------------------

    @Property(tries = 200)
    void theHandlerNeverAnswers5xx(@ForAll("methods") String method, @ForAll("prefixes") String prefix, @ForAll("bytes") byte[] path,
                                   @ForAll boolean latin1Path, @ForAll("bytes") byte[] body, @ForAll boolean withBody,
                                   @ForAll boolean base64, @ForAll("contentTypes") String contentType,
                                   @ForAll("queries") Map<String, String> query) {
        APIGatewayProxyRequestEvent event = new APIGatewayProxyRequestEvent().withHttpMethod(method)
                .withPath(prefix + new String(path, latin1Path ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8))
                .withQueryStringParameters(query.isEmpty() ? null : new LinkedHashMap<>(query));
        if (!contentType.isEmpty()) event.withHeaders(Map.of("content-type", contentType));
        if (withBody) {
            event.withBody(base64 ? Base64.getEncoder().encodeToString(body) : new String(body, StandardCharsets.UTF_8))
                    .withIsBase64Encoded(base64);
        }
        QuietContext context = new QuietContext("pbt");
        APIGatewayProxyResponseEvent response = rig.handler.handleRequest(event, context);
        Statistics.label("status").collect(response.getStatusCode());
        assertTrue(response.getStatusCode() < 500, () -> response.getStatusCode() + " " + response.getBody() + "\nlog: " + context.lastLine());
        assertTrue(ApiRig.answer(response.getStatusCode(), response.getBody()).json() != null, "the answer is JSON: " + response.getBody());
    }

    // ---- over HTTP ----------------------------------------------------------------------------------------

    @Property(tries = 200)
    void theServerNeverAnswers5xxToEncodedBytes(@ForAll("methods") String method, @ForAll("prefixes") String prefix,
                                                @ForAll("bytes") byte[] path, @ForAll("bytes") byte[] query,
                                                @ForAll("bytes") byte[] body, @ForAll boolean withBody,
                                                @ForAll("contentTypes") String contentType) {
        String m = method.toUpperCase(java.util.Locale.ROOT);
        String target = prefix + PercentCoding.bytes(path) + (query.length == 0 ? "" : "?" + PercentCoding.bytes(query));
        Answer a = rig.sendBytes(m, target.startsWith("/") ? target : "/" + target, withBody ? body : null,
                contentType.isEmpty() ? null : contentType);
        Statistics.label("status").collect(a.status());
        assertTrue(a.status() < 500, a::toString);
    }

    @Property(tries = 200)
    void theServerNeverAnswers5xxToRawBytes(@ForAll("methods") String method, @ForAll("prefixes") String prefix,
                                           @ForAll("bytes") byte[] path, @ForAll("bytes") byte[] body) throws IOException {
        ByteArrayOutputStream request = new ByteArrayOutputStream();
        request.writeBytes((method + " " + (prefix.isEmpty() ? "/" : prefix)).getBytes(StandardCharsets.ISO_8859_1));
        request.writeBytes(path);
        request.writeBytes((" HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: "
                + body.length + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        request.writeBytes(body);
        List<Integer> statuses = exchange(request.toByteArray());
        Statistics.label("statuses").collect(statuses.toString());
        for (int status : statuses) assertTrue(status < 500, () -> "statuses " + statuses);
    }

    /**
     * Writes the bytes, half-closes, and reads every response until the server closes: the status codes in
     * order (none when the server dropped the connection, which is not a 5xx either).
     */
    private static List<Integer> exchange(byte[] request) throws IOException {
        List<Integer> statuses = new ArrayList<>();
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", rig.server.port()), 10_000);
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request);
                out.flush();
                socket.shutdownOutput();
            } catch (IOException e) {
                // the server may close before reading everything; whatever it answered is still read below
            }
            InputStream in = socket.getInputStream();
            while (true) {
                String statusLine = readLine(in);
                if (statusLine == null || statusLine.isEmpty()) break;
                if (!statusLine.startsWith("HTTP/1.")) throw new AssertionError("not a status line: " + statusLine);
                statuses.add(Integer.parseInt(statusLine.substring(9, 12)));
                long length = 0;
                for (String h = readLine(in); h != null && !h.isEmpty(); h = readLine(in)) {
                    int colon = h.indexOf(':');
                    if (colon > 0 && h.substring(0, colon).trim().equalsIgnoreCase("Content-Length")) {
                        length = Long.parseLong(h.substring(colon + 1).trim());
                    }
                }
                if (!skip(in, length)) break;
            }
        } catch (SocketTimeoutException e) {
            throw new AssertionError("the server neither answered nor closed within 30 s; statuses so far " + statuses, e);
        } catch (java.net.SocketException e) {
            // connection reset by the server after a malformed request: no answer, so no 5xx
        }
        return statuses;
    }

    /** Skips a body; false when the stream ended first. */
    private static boolean skip(InputStream in, long n) throws IOException {
        for (long i = 0; i < n; i++) {
            if (in.read() < 0) return false;
        }
        return true;
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int c;
        while ((c = in.read()) >= 0) {
            if (c == '\n') break;
            if (c != '\r') line.write(c);
        }
        if (c < 0 && line.size() == 0) return null;
        return line.toString(StandardCharsets.ISO_8859_1);
    }
}

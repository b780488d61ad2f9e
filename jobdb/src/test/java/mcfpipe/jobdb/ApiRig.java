package mcfpipe.jobdb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import mcfpipe.storage.Json;
import mcfpipe.storage.aws.AwsClients;
import mcfpipe.storage.schema.Schema;
import mcfpipe.storage.store.Page;
import mcfpipe.storage.store.TableStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The Database API as the tests drive it: the real handler over real tables in the shared dynalite (a table
 * prefix of its own per rig), served over real HTTP on 127.0.0.1 by {@link LocalApiServer}.
 */
final class ApiRig implements AutoCloseable {
    private static final AtomicInteger RIGS = new AtomicInteger();

    final DynamoDbClient client;
    final Schema schema;
    final TableStore store;
    final ApiHandler handler;
    final LocalApiServer server;
    final HttpClient http;

    private ApiRig(DynamoDbClient client, Schema schema, TableStore store, ApiHandler handler, LocalApiServer server) {
        this.client = client;
        this.schema = schema;
        this.store = store;
        this.handler = handler;
        this.server = server;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** A fresh set of empty tables named {@code <name>_<n>_<table>} and an API over them. */
    static ApiRig start(String name) {
        return start(name, Schema.loadDefault());
    }

    /** As {@link #start(String)}, over the tables of another schema. */
    static ApiRig start(String name, Schema schema) {
        DynamoDbClient client = AwsClients.configure(DynamoDbClient.builder(), SharedDynalite.endpoint(), System.getenv()).build();
        TableStore store = new TableStore(client, schema, name + "_" + RIGS.incrementAndGet() + "_", Clock.systemUTC());
        store.createTables();
        ApiHandler handler = new ApiHandler(store, schema);
        try {
            return new ApiRig(client, schema, store, handler, LocalApiServer.start(handler, 0));
        } catch (IOException e) {
            client.close();
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** What the server answered: the status, the body as text and, when it is JSON, parsed exactly. */
    record Answer(int status, String raw, JsonNode json) {
        JsonNode body() {
            if (json == null) throw new AssertionError("answer " + status + " is not JSON: " + raw);
            return json;
        }

        String errorCode() {
            return body().path("error").path("code").asText(null);
        }

        @Override
        public String toString() {
            return status + " " + raw;
        }
    }

    Answer get(String rawPath) {
        return send("GET", rawPath, null);
    }

    Answer post(String rawPath, String json) {
        return send("POST", rawPath, json);
    }

    Answer put(String rawPath, String json) {
        return send("PUT", rawPath, json);
    }

    Answer delete(String rawPath) {
        return send("DELETE", rawPath, null);
    }

    /** Sends a JSON body (or none) to a raw, already percent-encoded, path. */
    Answer send(String method, String rawPath, String json) {
        return sendBytes(method, rawPath, json == null ? null : json.getBytes(StandardCharsets.UTF_8), "application/json");
    }

    Answer sendBytes(String method, String rawPathAndQuery, byte[] body, String contentType) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url() + rawPathAndQuery)).timeout(Duration.ofSeconds(60));
        if (contentType != null) b.header("Content-Type", contentType);
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        try {
            HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            return answer(r.statusCode(), new String(r.body(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(method + " " + rawPathAndQuery + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static Answer answer(int status, String raw) {
        JsonNode json;
        try {
            json = raw == null || raw.isEmpty() ? null : Json.mapper().readTree(raw);
        } catch (IOException e) {
            json = null;
        }
        return new Answer(status, raw, json);
    }

    /** Every item of a table, read straight from the store (not through the API under test). */
    List<ObjectNode> scanAll(String table) {
        List<ObjectNode> all = new ArrayList<>();
        String next = null;
        do {
            Page page = store.scan(table, TableStore.MAX_LIMIT, next);
            all.addAll(page.items());
            next = page.next();
        } while (next != null);
        return all;
    }

    @Override
    public void close() {
        server.close();
        client.close();
    }
}

package mcfpipe.mcfscrape;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import mcfpipe.storage.raw.RawPage;

/**
 * Serves recorded MCF pages from a folder in the site's own URL shapes, so the scraper runs offline exactly
 * as against the live site:
 * <ul>
 *   <li>{@code /search?search=W&...&page=N} serves {@code search-<slug of W>-page<N>.html};</li>
 *   <li>{@code /job/...<32-hex uuid>} serves the file whose name ends in {@code -<uuid>.html};</li>
 *   <li>anything else, or a page that was not recorded, is a 404 with a small "404 Not Found" page.</li>
 * </ul>
 * Listens on 127.0.0.1 only.
 */
public final class ReplayServer implements AutoCloseable {
    static final String NOT_FOUND_PAGE = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>404 Not Found</title>"
            + "</head><body><h1>404 Not Found</h1><p>This page was not recorded.</p></body></html>";

    private final HttpServer server;
    private final ExecutorService executor;
    private final Path dir;

    private ReplayServer(HttpServer server, ExecutorService executor, Path dir) {
        this.server = server;
        this.executor = executor;
        this.dir = dir;
    }

    /** Starts on a free port of 127.0.0.1. */
    public static ReplayServer start(Path dir) {
        return start(dir, 0);
    }

    /** Starts on the given port of 127.0.0.1 (0 = a free one). */
    public static ReplayServer start(Path dir, int port) {
        if (!Files.isDirectory(dir)) throw new IllegalArgumentException("no folder of recorded pages at " + dir);
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on 127.0.0.1:" + port, e);
        }
        // a few threads: the browser asks for favicon and page in parallel
        ExecutorService executor = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "replay-server");
            t.setDaemon(true);
            return t;
        });
        ReplayServer replay = new ReplayServer(server, executor, dir.toAbsolutePath().normalize());
        server.createContext("/", replay::handle);
        server.setExecutor(executor);
        server.start();
        return replay;
    }

    /** http://127.0.0.1:PORT, without a trailing slash: a drop-in for {@link ScraperSettings#baseUrl()}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public Path dir() {
        return dir;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                send(exchange, 405, "text/plain; charset=UTF-8", "method not allowed\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            Optional<Path> file = recordedFile(exchange.getRequestURI().getRawPath(),
                    exchange.getRequestURI().getRawQuery());
            if (file.isPresent()) {
                byte[] body = Files.readAllBytes(file.get());
                send(exchange, 200, "text/html; charset=" + HtmlCharset.declared(body), body);
            } else {
                send(exchange, 404, "text/html; charset=UTF-8", NOT_FOUND_PAGE.getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    /** The file name a recorded search page has: {@code search-<slug of the keywords>-page<N>.html}. */
    public static String searchFile(String keywords, int page) {
        return "search-" + RawPage.slug(keywords) + "-page" + page + ".html";
    }

    /** The recorded file for a request, if there is one. */
    Optional<Path> recordedFile(String rawPath, String rawQuery) throws IOException {
        if ("/search".equals(rawPath)) {
            String keywords = queryParam(rawQuery, "search");
            String page = Optional.ofNullable(queryParam(rawQuery, "page")).orElse("0");
            if (keywords == null || !page.matches("\\d{1,6}")) return Optional.empty();
            Path file = dir.resolve(searchFile(keywords, Integer.parseInt(page)));
            return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
        }
        if (rawPath != null && rawPath.startsWith("/job/")) {
            Optional<String> uuid = McfUrls.uuidOfPath(rawPath);
            if (uuid.isEmpty()) return Optional.empty();
            String suffix = "-" + uuid.get() + ".html";
            try (Stream<Path> files = Files.list(dir)) {
                return files.filter(f -> f.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(suffix))
                        .filter(Files::isRegularFile).findFirst();
            }
        }
        return Optional.empty();
    }

    private static String queryParam(String rawQuery, String name) {
        if (rawQuery == null) return null;
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            if (URLDecoder.decode(key, StandardCharsets.UTF_8).equals(name)) {
                return eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}

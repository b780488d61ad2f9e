package mcfpipe.mcfscrape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import mcfpipe.standins.RepoRoot;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The replay server answers MCF's URL shapes from the recorded pages, over plain HTTP. */
class ReplayServerTest {
    private static final String RECORDED_UUID = "5624187c437fddd00296eecc783ed4cd";

    private static ReplayServer server;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        server = ReplayServer.start(RepoRoot.mcfFixtures());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + pathAndQuery)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void listensOnLoopbackWithAFreePort() {
        assertTrue(server.baseUrl().matches("http://127\\.0\\.0\\.1:\\d+"), server.baseUrl());
    }

    @Test
    void recordedSearchPageIsServedAsUtf8Html() throws Exception {
        HttpResponse<String> r = get("/search?search=engineer&sortBy=new_posting_date&page=0");
        assertEquals(200, r.statusCode());
        assertEquals("text/html; charset=UTF-8", r.headers().firstValue("Content-Type").orElse(""));
        assertTrue(r.body().contains("data-testid=\"job-card\""), "the recorded cards are served");
    }

    @Test
    void searchKeywordsAreMatchedBySlug() throws Exception {
        assertEquals(200, get("/search?search=Engineer&page=0").statusCode());
        assertEquals(200, get("/search?search=%20engineer%20").statusCode(), "page defaults to 0");
    }

    @Test
    void unrecordedSearchPageIs404() throws Exception {
        HttpResponse<String> nextPage = get("/search?search=engineer&sortBy=new_posting_date&page=1");
        assertEquals(404, nextPage.statusCode());
        assertTrue(nextPage.body().contains("404 Not Found"));
        assertEquals(404, get("/search?search=nurse&page=0").statusCode());
        assertEquals(404, get("/search?page=0").statusCode(), "no search parameter");
        assertEquals(404, get("/search?search=engineer&page=x").statusCode(), "a page that is not a number");
    }

    @Test
    void recordedJobPageIsServedWhateverTheSlug() throws Exception {
        HttpResponse<String> r = get("/job/building-construction/engineer-ldrm-enterprises-" + RECORDED_UUID
                + "?source=MCF&event=Search");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("job-details-info-job-title"));
        assertEquals(200, get("/job/x/other-slug-" + RECORDED_UUID.toUpperCase()).statusCode());
    }

    @Test
    void unrecordedJobPageIs404WithANotFoundPage() throws Exception {
        HttpResponse<String> r = get("/job/engineering/sales-engineer-20488f114b9dc6a7f9c7faddea7cff76");
        assertEquals(404, r.statusCode());
        assertEquals("text/html; charset=UTF-8", r.headers().firstValue("Content-Type").orElse(""));
        assertTrue(r.body().contains("<title>404 Not Found</title>"));
        assertEquals(404, get("/job/no-uuid-here").statusCode());
    }

    @Test
    void otherPathsAre404() throws Exception {
        assertEquals(404, get("/").statusCode());
        assertEquals(404, get("/favicon.ico").statusCode());
        assertEquals(404, get("/search-engineer-page0.html").statusCode(), "files are not served by name");
        assertEquals(404, get("/../README.md").statusCode());
    }

    @Test
    void onlyGetAndHeadAreAnswered() throws Exception {
        HttpResponse<String> post = HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/search?search=engineer"))
                .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(405, post.statusCode());
        HttpResponse<String> head = HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/search?search=engineer"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, head.statusCode());
        assertEquals("", head.body());
    }

    @Test
    void aFileDeclaringAnotherCharsetIsServedWithIt(@TempDir Path dir) throws Exception {
        String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">"
                + "</head><body>caf\u00e9</body></html>";
        Files.write(dir.resolve("search-cafe-page0.html"), html.getBytes(Charset.forName("ISO-8859-1")));
        try (ReplayServer own = ReplayServer.start(dir)) {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(own.baseUrl() + "/search?search=cafe"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode());
            assertEquals("text/html; charset=ISO-8859-1", r.headers().firstValue("Content-Type").orElse(""));
            assertTrue(r.body().contains("caf\u00e9"), "decoded with the declared charset");
        }
    }
}

package mcfpipe.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import mcfpipe.jobdb.LocalContext;
import mcfpipe.mcfparse.ParsePagesHandler;
import mcfpipe.mcfparse.ParseStats;
import mcfpipe.standins.RepoRoot;
import mcfpipe.storage.raw.PageMessage;
import mcfpipe.storage.raw.RawPage;
import mcfpipe.storage.store.ItemKey;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * Pages reach the parser in any order (a resumed run, SQS itself): whichever comes first, the job ends up with what
 * its card and its page each know, and the user's row with where the search page showed it.
 */
class PageOrderTest {
    private static final String JOB = "5624187c437fddd00296eecc783ed4cd";
    private LocalCloud cloud;

    @BeforeEach
    void start() {
        cloud = LocalCloud.start(null, 1);
    }

    @AfterEach
    void stop() {
        cloud.close();
    }

    @Test
    void aJobPageParsedBeforeItsSearchPageStillGetsItsPlaceOnThePage() throws Exception {
        parse(put("raw/job/" + JOB + ".html", jobPage(), RawPage.Kind.JOB));
        ObjectNode row = cloud.store.get("job_search", ItemKey.of("demo#" + JOB)).orElseThrow();
        assertFalse(row.has("search_rank"), "a job page does not know where a search showed the job");

        parse(put("raw/search/engineer/page-0.html", searchPage(), RawPage.Kind.SEARCH));
        ObjectNode filled = cloud.store.get("job_search", ItemKey.of("demo#" + JOB)).orElseThrow();
        assertTrue(filled.has("search_rank") && filled.has("search_page"), filled.toString());
        assertEquals(0, filled.get("search_page").asInt());
        assertEquals(row.get("found_at"), filled.get("found_at"), "the first sighting keeps its time");
        assertEquals(1, cloud.store.get("job", ItemKey.of(JOB)).orElseThrow().get("status").asInt(), "no card downgrades the page");
    }

    @Test
    void whatTheCardKnewAndThePageDoesNotSayIsKept() throws Exception {
        parse(put("raw/search/engineer/page-0.html", searchPage(), RawPage.Kind.SEARCH));
        ObjectNode fromCard = cloud.store.get("job", ItemKey.of(JOB)).orElseThrow();
        assertEquals(3700, fromCard.get("salary_min").asInt());

        // the same job page without its salary block
        String withoutSalary = new String(jobPage(), StandardCharsets.UTF_8).replace("data-testid=\"salary", "data-testid=\"gone-salary");
        parse(put("raw/job/" + JOB + ".html", withoutSalary.getBytes(StandardCharsets.UTF_8), RawPage.Kind.JOB));

        ObjectNode job = cloud.store.get("job", ItemKey.of(JOB)).orElseThrow();
        assertEquals(1, job.get("status").asInt());
        assertEquals("MCF-2026-0521403", job.get("mcf_ref").asText(), "the page's own fields are written");
        assertEquals(3700, job.get("salary_min").asInt(), "the card's salary is not erased by a page that lacks one");
        assertEquals(5400, job.get("salary_max").asInt());
    }

    @Test
    void aUserIdAndKeywordsOutsideAsciiComeThroughTheS3MetadataIntact() throws Exception {
        String user = "用户😀";
        Map<String, String> meta = new java.util.HashMap<>(Map.of(RawPage.META_PAGE_KIND, "search",
                RawPage.META_FETCHED_AT, "2026-04-15T05:41:00Z", RawPage.META_USER_ID, user,
                RawPage.META_SEARCH_KEYWORDS, "ingénieur", RawPage.META_PAGE_NUMBER, "0",
                RawPage.META_SOURCE_URL, "https://www.mycareersfuture.gov.sg/search?search=ing%C3%A9nieur&page=0"));
        meta.replaceAll((k, v) -> RawPage.encodeMetaValue(v)); // as the scraper stores them
        cloud.s3.putObject(b -> b.bucket(LocalCloud.BUCKET).key("raw/search/x/page-0.html").contentType(RawPage.CONTENT_TYPE)
                .metadata(meta), RequestBody.fromBytes(searchPage()));
        parse(new PageMessage(LocalCloud.BUCKET, "raw/search/x/page-0.html").toJson());

        ObjectNode row = cloud.store.get("job_search", ItemKey.of(user + "#" + JOB)).orElseThrow();
        assertEquals(user, row.get("user_id").asText());
        assertEquals("ingénieur", row.get("search_keywords").asText());
    }

    @Test
    void aSearchPageWithACardThatBreaksTheSchemaWritesNothingAndNamesTheCard() throws Exception {
        String html = new String(searchPage(), StandardCharsets.UTF_8);
        assertTrue(html.contains("$2,600"), "card 15's salary is on the page");
        // a 40-digit salary: the parser reads it, but DynamoDB keeps 38 digits at most
        String broken = html.replace("$2,600", "$1,234,567,890,123,456,789,012,345,678,901,234,567,890")
                .replace("$2,700", "$9,234,567,890,123,456,789,012,345,678,901,234,567,890");
        String key = "raw/search/engineer/page-0-broken.html";
        String body = put(key, broken.getBytes(StandardCharsets.UTF_8), RawPage.Kind.SEARCH);

        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new ParsePagesHandler(cloud.s3, cloud.store, new ParseStats()).handle(body));
        assertTrue(e.getMessage().contains("bbd65b04020a86f388b4d9e7cb7c08f9"), e.getMessage());
        assertTrue(e.getMessage().contains("Diploma Fresh / Entry welcome!!! Assistant Engineer"), e.getMessage());
        assertTrue(e.getMessage().contains("salary_min"), e.getMessage());
        assertEquals(0, cloud.store.scan("job", 100, null).items().size(), "no card of the page was written");
        assertEquals(0, cloud.store.scan("job_search", 100, null).items().size());
    }

    @Test
    void aJobShownTwiceOnOnePageIsTheFirstCardsDataAndPlace() throws Exception {
        org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(new String(searchPage(), StandardCharsets.UTF_8));
        org.jsoup.select.Elements cards = doc.select("[data-testid=job-card]");
        org.jsoup.nodes.Element first = cards.first();
        String uuid = first.select("a[data-testid=job-card-link]").attr("href").replaceAll(".*-([0-9a-f]{32}).*", "$1");
        String title = first.select("[data-testid=job-card__job-title]").text();
        org.jsoup.nodes.Element copy = first.clone();
        copy.select("[data-testid=job-card__job-title]").first().text("Promoted copy of " + title);
        cards.last().after(copy);
        parse(put("raw/search/engineer/page-0-dup.html", doc.outerHtml().getBytes(StandardCharsets.UTF_8), RawPage.Kind.SEARCH));

        assertEquals(title, cloud.store.get("job", ItemKey.of(uuid)).orElseThrow().get("position").asText());
        ObjectNode row = cloud.store.get("job_search", ItemKey.of("demo#" + uuid)).orElseThrow();
        assertEquals(cloud.store.scan("job", 100, null).items().size(), 22);
        assertTrue(row.get("search_rank").asInt() <= 1, "the first card's place: " + row);
    }

    private void parse(String body) {
        cloud.sqs.sendMessage(b -> b.queueUrl(cloud.queueUrl).messageBody(body));
        new QueueDrainer(cloud.sqs, cloud.queueUrl).drain(new ParsePagesHandler(cloud.s3, cloud.store, new ParseStats()),
                new LocalContext("test"), java.time.Duration.ofMinutes(1));
    }

    private String put(String key, byte[] html, RawPage.Kind kind) {
        Map<String, String> meta = Map.of(RawPage.META_PAGE_KIND, kind.value(), RawPage.META_FETCHED_AT, "2026-04-15T05:41:00Z",
                RawPage.META_USER_ID, "demo", RawPage.META_SEARCH_KEYWORDS, "engineer", RawPage.META_PAGE_NUMBER, "0",
                RawPage.META_SOURCE_URL, "https://www.mycareersfuture.gov.sg/search?search=engineer&page=0");
        cloud.s3.putObject(b -> b.bucket(LocalCloud.BUCKET).key(key).contentType(RawPage.CONTENT_TYPE).metadata(meta),
                RequestBody.fromBytes(html));
        return new PageMessage(LocalCloud.BUCKET, key).toJson();
    }

    private static byte[] jobPage() throws Exception {
        return Files.readAllBytes(RepoRoot.mcfFixtures().resolve("job-engineer-ldrm-" + JOB + ".html"));
    }

    private static byte[] searchPage() throws Exception {
        Path p = RepoRoot.mcfFixtures().resolve("search-engineer-page0.html");
        return Files.readAllBytes(p);
    }
}

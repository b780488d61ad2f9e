package mcfpipe.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import mcfpipe.jobdb.LocalContext;
import mcfpipe.mcfparse.ParsePagesHandler;
import mcfpipe.mcfparse.ParseStats;
import mcfpipe.standins.RepoRoot;
import mcfpipe.storage.raw.PageMessage;
import mcfpipe.storage.raw.RawPage;
import mcfpipe.storage.store.ItemKey;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * Bad input on the pages queue: each bad page fails alone, is retried, and ends in the dead-letter queue,
 * while the good pages of the same batches are parsed and stored. A page in another charset is not bad:
 * it is decoded by the charset its object declares.
 */
class BadPagesTest {
    private static final String JOB = "5624187c437fddd00296eecc783ed4cd";
    private static LocalCloud cloud;

    @BeforeAll
    static void start() {
        cloud = LocalCloud.start(null, 1);
    }

    @AfterAll
    static void stop() {
        cloud.close();
    }

    @Test
    void eachBadPageEndsInTheDeadLetterQueueAndNothingElseIsLost() throws Exception {
        Path fixtures = RepoRoot.mcfFixtures();
        byte[] search = Files.readAllBytes(fixtures.resolve("search-engineer-page0.html"));
        String jobHtml = Files.readString(fixtures.resolve("job-engineer-ldrm-" + JOB + ".html"), StandardCharsets.UTF_8);

        Map<String, String> bad = new HashMap<>();
        send(put("raw/search/good.html", search, RawPage.CONTENT_TYPE, RawPage.Kind.SEARCH));
        send(put("raw/job/" + JOB + ".html", windows1252(jobHtml), "text/html; charset=windows-1252", RawPage.Kind.JOB));
        bad.put("no cards", send(put("raw/search/empty.html",
                "<html><head><title>Search</title></head><body><p>0 jobs found</p></body></html>".getBytes(StandardCharsets.UTF_8),
                RawPage.CONTENT_TYPE, RawPage.Kind.SEARCH)));
        bad.put("truncated", send(put("raw/search/truncated.html", java.util.Arrays.copyOf(search, search.length / 2),
                RawPage.CONTENT_TYPE, RawPage.Kind.SEARCH)));
        bad.put("missing key", send(new PageMessage(LocalCloud.BUCKET, "raw/job/does-not-exist.html").toJson()));
        bad.put("malformed body", send("this is not a page message"));
        String huge = jobHtml.replace("data-testid=\"description-content\">",
                "data-testid=\"description-content\"><p>" + "x".repeat(450_000) + "</p>");
        bad.put("too large for DynamoDB", send(put("raw/job/huge.html", huge.getBytes(StandardCharsets.UTF_8),
                RawPage.CONTENT_TYPE, RawPage.Kind.JOB)));

        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        PrintStream stderr = System.err;
        System.setErr(new PrintStream(errors, true, StandardCharsets.UTF_8));
        ParseStats stats = new ParseStats();
        try {
            new QueueDrainer(cloud.sqs, cloud.queueUrl).drain(new ParsePagesHandler(cloud.s3, cloud.store, stats),
                    new LocalContext("test"), java.time.Duration.ofMinutes(2));
        } finally {
            System.setErr(stderr);
        }

        Set<String> dead = new HashSet<>();
        List<Message> dlq;
        do {
            dlq = cloud.sqs.receiveMessage(b -> b.queueUrl(cloud.dlqUrl).maxNumberOfMessages(10)).messages();
            dlq.forEach(m -> dead.add(m.body()));
        } while (!dlq.isEmpty());
        assertEquals(new HashSet<>(bad.values()), dead, "exactly the bad pages end in the dead-letter queue");

        // The good pages of the same batches were stored: 22 jobs, the job page (read as windows-1252) in full.
        ObjectNode job = cloud.store.get("job", ItemKey.of(JOB)).orElseThrow();
        assertEquals(1, job.get("status").asInt());
        assertEquals("MCF-2026-0521403", job.get("mcf_ref").asText());
        assertTrue(job.get("description").asText().contains("\u2022 Ability to draft and design plans and schematics"),
                "the page's bullets (non-ASCII) survive the other charset: " + job.get("description").asText());
        assertEquals(22, cloud.store.scan("job", 1000, null).items().size());
        assertEquals(1, stats.searchPages.get());

        String log = errors.toString(StandardCharsets.UTF_8);
        assertTrue(log.contains("no job cards"), log);
        assertTrue(log.contains("does not exist"), log);
        assertTrue(log.contains("not JSON"), log);
        assertTrue(log.contains("item_too_large") || log.contains("400 KB") || log.contains("too large"), log);
    }

    private static String put(String key, byte[] html, String contentType, RawPage.Kind kind) {
        Map<String, String> meta = Map.of(RawPage.META_PAGE_KIND, kind.value(), RawPage.META_FETCHED_AT, "2026-04-15T05:41:00Z",
                RawPage.META_USER_ID, "demo", RawPage.META_SEARCH_KEYWORDS, "engineer", RawPage.META_PAGE_NUMBER, "0",
                RawPage.META_SOURCE_URL, "https://www.mycareersfuture.gov.sg/search?search=engineer&page=0");
        cloud.s3.putObject(b -> b.bucket(LocalCloud.BUCKET).key(key).contentType(contentType).metadata(meta),
                RequestBody.fromBytes(html));
        return new PageMessage(LocalCloud.BUCKET, key).toJson();
    }

    private static String send(String body) {
        cloud.sqs.sendMessage(b -> b.queueUrl(cloud.queueUrl).messageBody(body));
        return body;
    }

    /** The page in windows-1252; characters it cannot hold become numeric character references, as a server would send. */
    private static byte[] windows1252(String html) {
        Charset cp1252 = Charset.forName("windows-1252");
        CharsetEncoder enc = cp1252.newEncoder();
        StringBuilder sb = new StringBuilder();
        html.replace("<meta charset=\"utf-8\">", "<meta charset=\"windows-1252\">").codePoints().forEach(cp -> {
            String ch = new String(Character.toChars(cp));
            if (enc.canEncode(ch)) sb.append(ch);
            else sb.append("&#").append(cp).append(';');
        });
        return sb.toString().getBytes(cp1252);
    }
}

package mcfpipe.jobdb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import mcfpipe.jobdb.ApiRig.Answer;
import mcfpipe.storage.store.ItemKey;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The faults the property tests found, each pinned by one example. */
class ApiRegressionTest {
    private static ApiRig rig;

    @BeforeAll
    static void start() {
        rig = ApiRig.start("regression");
    }

    @AfterAll
    static void stop() {
        if (rig != null) rig.close();
    }

    @Test
    void aContentTypeOfOnlyParametersIsNotA500() {
        APIGatewayProxyResponseEvent r = rig.handler.handleRequest(new APIGatewayProxyRequestEvent().withHttpMethod("POST")
                .withPath("/job").withHeaders(Map.of("Content-Type", ";")).withBody("{}"), new QuietContext("t"));
        assertEquals(400, r.getStatusCode(), r.getBody()); // ";" names no media type: read as JSON, and {} lacks fields
    }

    @Test
    void halfASurrogatePairIsA400NotASilentQuestionMark() {
        Answer a = rig.post("/job", "{\"job_id\":\"x\\udc00\",\"position\":\"p\",\"posted_date\":\"2025-01-01\",\"status\":1}");
        assertEquals(400, a.status(), a::toString);
        assertEquals("bad_unicode", a.errorCode());
        assertEquals("job_id", a.body().get("error").get("field").asText());
        assertEquals(404, rig.get("/job/x%3F").status(), "nothing was stored under 'x?'");
        Answer inList = rig.post("/job/batch", "[{\"job_id\":\"y\",\"position\":\"p\",\"posted_date\":\"2025-01-01\",\"status\":1,"
                + "\"skills\":[\"ok\",\"\\ud800\"]}]");
        assertEquals(400, inList.status(), inList::toString);
        assertEquals("skills", inList.body().get("error").get("field").asText());
        assertTrue(rig.store.get("job", ItemKey.of("y")).isEmpty());
        Answer pair = rig.post("/job", "{\"job_id\":\"pair\",\"position\":\"\\ud83d\\ude00\",\"posted_date\":\"2025-01-01\",\"status\":1}");
        assertEquals(201, pair.status(), "an escaped whole pair is fine: " + pair);
        assertEquals("\ud83d\ude00", pair.body().get("item").get("position").textValue());
    }
    private static final String JOB_FIELDS = "\"position\":\"p\",\"posted_date\":\"2025-01-01\",\"status\":1";

    @Test
    void aNumberWithAHugeExponentIsA400NotA500() {
        for (String n : new String[] {"1e999999999999", "1E2147483648", "-1e-99999999999"}) {
            Answer a = rig.post("/job", "{\"job_id\":\"exp\"," + JOB_FIELDS.replace("\"status\":1", "\"status\":" + n) + "}");
            assertEquals(400, a.status(), a::toString);
            assertEquals("number_range", a.errorCode(), a::toString);
            Answer inDelete = rig.post("/job/delete", "{\"ids\":[\"a\"],\"x\":" + n + "}");
            assertEquals(400, inDelete.status(), inDelete::toString);
        }
        assertTrue(rig.store.get("job", ItemKey.of("exp")).isEmpty());
    }

    @Test
    void batchDeleteReportsAnIdThatNamesNoItemAsNotDeleted() {
        assertEquals(201, rig.post("/job", "{\"job_id\":\"del-1\"," + JOB_FIELDS + "}").status());
        Answer a = rig.post("/job/delete", "[\"del-1\", \"del-never\", 5]");
        assertEquals(200, a.status(), a::toString);
        assertEquals(0, a.body().get("status").asInt(), a::toString);
        assertEquals(1, a.body().get("succeeded").asInt(), a::toString);
        JsonNode results = a.body().get("results");
        assertTrue(results.get(0).get("deleted").asBoolean(), a::toString);
        assertEquals("not_found", results.get(1).path("error").path("code").asText(), a::toString);
        assertFalse(results.get(1).get("deleted").asBoolean(), a::toString);
        assertFalse(results.get(2).get("deleted").asBoolean(), "a bad entry says so too: " + a);
        assertTrue(rig.store.get("job", ItemKey.of("del-1")).isEmpty());
    }

    @Test
    void keyObjectsInADeleteListHoldOnlyTheKeyColumnsWithTheirTypes() {
        assertEquals(201, rig.post("/job", "{\"job_id\":\"del-2\"," + JOB_FIELDS + "}").status());
        assertEquals(201, rig.post("/job", "{\"job_id\":\"5\"," + JOB_FIELDS + "}").status());
        Answer a = rig.post("/job/delete", "[{\"job_id\":\"del-2\",\"position\":\"p\"}, {\"job_id\":5}]");
        JsonNode results = a.body().get("results");
        assertEquals("unknown_column", results.get(0).path("error").path("code").asText(), a::toString);
        assertEquals("position", results.get(0).path("error").path("field").asText(), a::toString);
        assertEquals("type", results.get(1).path("error").path("code").asText(), a::toString);
        assertTrue(rig.store.get("job", ItemKey.of("del-2")).isPresent(), "nothing deleted on a bad entry");
        assertTrue(rig.store.get("job", ItemKey.of("5")).isPresent(), "the number 5 is not the id '5'");
    }

    @Test
    void keysOfOnlyInvisibleOrNoBreakSpacesAreBlank() {
        for (String blank : new String[] {"\\u00a0", "\\u200b", "\\u3000", "\\ufeff \\u2003"}) {
            Answer a = rig.post("/job", "{\"job_id\":\"" + blank + "\"," + JOB_FIELDS + "}");
            assertEquals(400, a.status(), blank + ": " + a);
            assertEquals("empty_key", a.errorCode(), a::toString);
        }
        assertEquals(201, rig.post("/job", "{\"job_id\":\"\\u00a0x\"," + JOB_FIELDS + "}").status(), "text around a space is a key");
    }

    @Test
    void aBodyThatIsNotUtf8IsA400NotReplacementCharacters() {
        // {"job_id":"utf",...,"position":"<FF FE>"}: the position's two bytes are not UTF-8
        byte[] head = ("{\"job_id\":\"utf\",\"posted_date\":\"2025-01-01\",\"status\":1,\"position\":\"")
                .getBytes(StandardCharsets.UTF_8);
        byte[] body = java.util.Arrays.copyOf(head, head.length + 4);
        body[head.length] = (byte) 0xff;
        body[head.length + 1] = (byte) 0xfe;
        body[head.length + 2] = '"';
        body[head.length + 3] = '}';
        Answer a = rig.sendBytes("POST", "/job", body, "application/json");
        assertEquals(400, a.status(), a::toString);
        assertEquals("bad_utf8", a.errorCode(), a::toString);
        assertTrue(rig.store.get("job", ItemKey.of("utf")).isEmpty());
    }

    @Test
    void rawUtf8BytesInThePathAreReadAsUtf8() {
        assertEquals(201, rig.post("/job", "{\"job_id\":\"caf\u00e9\"," + JOB_FIELDS + "}").status());
        // the JDK server hands over the unencoded UTF-8 bytes of "é" as the two chars U+00C3 U+00A9
        String asReceived = "/job/caf\u00c3\u00a9";
        assertEquals("/job/caf%C3%A9", LocalApiServer.rawBytesEncoded(asReceived));
        APIGatewayProxyResponseEvent r = rig.handler.handleRequest(new APIGatewayProxyRequestEvent().withHttpMethod("GET")
                .withPath(LocalApiServer.rawBytesEncoded(asReceived)), new QuietContext("t"));
        assertEquals(200, r.getStatusCode(), r.getBody());
    }

    @Test
    void anItemCannotTakeTheNameOfARoute() {
        for (String id : new String[] {"batch", "search", "delete"}) {
            Answer a = rig.post("/job", "{\"job_id\":\"" + id + "\"," + JOB_FIELDS + "}");
            assertEquals(400, a.status(), a::toString);
            assertEquals("reserved_id", a.errorCode(), a::toString);
        }
        Answer batch = rig.post("/job/batch", "[{\"job_id\":\"search\"," + JOB_FIELDS + "}, {\"job_id\":\"ok-1\"," + JOB_FIELDS + "}]");
        assertEquals("reserved_id", batch.body().get("results").get(0).path("error").path("code").asText(), batch::toString);
        assertEquals("written", batch.body().get("results").get(1).path("status").asText(), batch::toString);
        assertTrue(rig.store.get("job", ItemKey.of("search")).isEmpty());
    }

    @Test
    void aBodyFarOverTheLimitIsRefusedWithoutBeingReadWhole() {
        byte[] big = new byte[EventTranslator.MAX_BODY_BYTES + 1024 * 1024];
        java.util.Arrays.fill(big, (byte) ' ');
        Answer a = rig.sendBytes("POST", "/job", big, "application/json");
        assertEquals(413, a.status(), () -> a.status() + "");
        assertEquals("body_too_large", a.errorCode());
    }
}

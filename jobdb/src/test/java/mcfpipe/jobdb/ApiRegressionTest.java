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

    // ---- found by a tester's attack on a running server ----------------------------------------------------

    @Test
    void trailingZerosThatOverflowTheExponentAreA400AndTheRestOfTheBatchIsWritten() {
        Answer one = rig.post("/job", "{\"job_id\":\"ovf\"," + JOB_FIELDS.replace("\"status\":1", "\"status\":100e2147483647") + "}");
        assertEquals(400, one.status(), one::toString);
        assertEquals("number_range", one.errorCode(), one::toString);
        Answer batch = rig.post("/job/batch", "[{\"job_id\":\"ovf-ok\"," + JOB_FIELDS + "},"
                + "{\"job_id\":\"ovf-bad\"," + JOB_FIELDS.replace("\"status\":1", "\"status\":100e2147483647") + "}]");
        assertEquals(200, batch.status(), batch::toString);
        assertEquals("written", batch.body().get("results").get(0).path("status").asText(), batch::toString);
        assertEquals("number_range", batch.body().get("results").get(1).path("error").path("code").asText(), batch::toString);
        assertTrue(rig.store.get("job", ItemKey.of("ovf-ok")).isPresent(), "the good item of the batch is written");
        assertTrue(rig.store.get("job", ItemKey.of("ovf-bad")).isEmpty());
        // an exponent no decimal type holds cannot even be read, zero or not: a 400 that says so in plain words
        Answer unreadable = rig.post("/user_config", "{\"user_id\":\"zero-exp\",\"default_pages\":0e-2147483648}");
        assertEquals("number_range", unreadable.errorCode(), unreadable::toString);
        assertFalse(unreadable.raw().contains("`"), unreadable::toString);
    }

    @Test
    void aNumberWhereAStringKeyBelongsIsATypeErrorAndIsNeverExpanded() {
        Answer put = rig.put("/user/num-key", "{\"user_id\":1e2147483647,\"name\":\"x\"}");
        assertEquals(400, put.status(), put::toString);
        assertEquals("type", put.errorCode(), put::toString);
        Answer big = rig.put("/user/num-key", "{\"user_id\":1e100000000,\"name\":\"x\"}");
        assertEquals(400, big.status());
        assertTrue(big.raw().length() < 1000, "the answer does not spell out a hundred million digits");
        Answer list = rig.put("/user/num-key", "{\"user_id\":[\"num-key\"],\"name\":\"x\"}");
        assertEquals("type", list.errorCode(), "a list for a String key is a type error, not a mismatch: " + list);

        Answer batch = rig.post("/user/batch", "[{\"user_id\":\"num-ok\",\"name\":\"x\"},{\"user_id\":1e2147483647,\"name\":\"x\"},"
                + "{\"user_id\":1e5000000,\"name\":\"x\"}]");
        assertEquals(200, batch.status(), batch::toString);
        assertTrue(batch.raw().length() < 2000, "ids are not expanded: " + batch.raw().length() + " chars");
        assertEquals("written", batch.body().get("results").get(0).path("status").asText(), batch::toString);
        assertEquals("type", batch.body().get("results").get(1).path("error").path("code").asText(), batch::toString);
        assertTrue(rig.store.get("user", ItemKey.of("num-ok")).isPresent());
    }

    @Test
    void aTokenIsGoodOnlyForTheQueryThatMadeIt() {
        for (int i = 0; i < 3; i++) {
            assertEquals(201, rig.post("/track_score", "{\"job_s_id\":\"tok-js\",\"track_id\":\"T" + i + "\",\"score\":0." + (i + 1)
                    + ",\"method\":\"m\"}").status());
        }
        Answer first = rig.get("/track_score/search?job_s_id=tok-js&limit=1");
        String next = first.body().path("next").asText();
        assertFalse(next.isEmpty(), first::toString);
        Answer continued = rig.get("/track_score/search?job_s_id=tok-js&limit=1&next=" + next);
        assertEquals(200, continued.status(), continued::toString);
        Answer otherSort = rig.get("/track_score/search?job_s_id=tok-js&track_id=T2&limit=1&next=" + next);
        assertEquals(400, otherSort.status(), otherSort::toString);
        assertEquals("bad_token", otherSort.errorCode(), otherSort::toString);
    }

    @Test
    void aForgedTokenOutsideTheQueryIsA400NotA500() throws Exception {
        for (int i = 1; i <= 2; i++) {
            assertEquals(201, rig.post("/track_score", "{\"job_s_id\":\"forge-" + i + "\",\"track_id\":\"TF\",\"score\":" + i
                    + ",\"method\":\"m\"}").status());
        }
        // the token format (base64url JSON key, a dot, 16 bytes of SHA-256 over scope NUL payload) is no secret:
        // a forger can compute a checksum that passes, with a start key outside the query's sort condition
        String scope = "query\u0000track_score\u0000track_id-index\u0000TF\u0000EQ\u00001";
        byte[] payload = "{\"job_s_id\":{\"S\":\"forge-2\"},\"score\":{\"N\":\"2\"},\"track_id\":{\"S\":\"TF\"}}"
                .getBytes(StandardCharsets.UTF_8);
        java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
        sha.update(scope.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(payload);
        java.util.Base64.Encoder b64 = java.util.Base64.getUrlEncoder().withoutPadding();
        String forged = b64.encodeToString(payload) + "." + b64.encodeToString(java.util.Arrays.copyOf(sha.digest(), 16));
        Answer a = rig.get("/track_score/search?track_id=TF&score=1&limit=1&next=" + forged);
        assertEquals(400, a.status(), a::toString);
        assertEquals("bad_token", a.errorCode(), a::toString);
    }

    @Test
    void queryBytesThatAreNotUtf8AreA400AndAPlusIsASpace() {
        for (String q : new String[] {"%C3", "%ED%A0%80", "a%C3%28"}) {
            Answer a = rig.get("/job/search?mcf_ref=" + q);
            assertEquals(400, a.status(), q + ": " + a);
            assertEquals("bad_query", a.errorCode(), a::toString);
        }
        assertEquals(201, rig.post("/job", "{\"job_id\":\"plus\",\"mcf_ref\":\"a+b\"," + JOB_FIELDS + "}").status());
        assertEquals(1, rig.get("/job/search?mcf_ref=a%2Bb").body().path("items").size());
        assertEquals(0, rig.get("/job/search?mcf_ref=a+b").body().path("items").size(), "'+' is a space in a query");
    }

    @Test
    void keysOfOnlyControlCharactersOrBlankLettersAreBlank() {
        for (String blank : new String[] {"\\u0085", "\\u2800", "\\u3164", "\\u115f\\u1160", "\\u0000"}) {
            Answer a = rig.post("/user", "{\"user_id\":\"" + blank + "\",\"name\":\"n\"}");
            assertEquals(400, a.status(), blank + ": " + a);
            assertEquals("empty_key", a.errorCode(), a::toString);
        }
    }

    @Test
    void everyNotFoundSaysTheSameThing() {
        assertEquals("user 'nobody' does not exist", rig.get("/user/nobody").body().path("error").path("message").asText());
        assertEquals("user 'nobody' does not exist", rig.delete("/user/nobody").body().path("error").path("message").asText());
        assertEquals("user 'nobody' does not exist", rig.put("/user/nobody", "{\"name\":\"n\"}").body().path("error").path("message").asText());
    }

    @Test
    void badJsonIsExplainedWithoutTheParsersInternals() {
        for (String body : new String[] {"{\"a\":1} {}", "{\"a\":NaN}", "[".repeat(2000), "{\"a\":" + "9".repeat(1200) + "}", "{\"a\":}"}) {
            Answer a = rig.post("/user", body);
            assertEquals(400, a.status(), a::toString);
            String message = a.body().path("error").path("message").asText();
            assertFalse(message.contains("`") || message.contains("jackson") || message.contains("Feature"), message);
        }
        assertEquals("number_precision", rig.post("/user", "{\"a\":" + "9".repeat(1200) + "}").errorCode());
    }

    @Test
    void smallDecimalsComeBackInPlainNotation() {
        Answer a = rig.post("/track_score", "{\"job_s_id\":\"plain\",\"track_id\":\"T\",\"score\":0.0000001,\"method\":\"m\"}");
        assertEquals(201, a.status(), a::toString);
        assertTrue(a.raw().contains("\"score\":0.0000001"), a.raw());
        assertTrue(rig.get("/track_score/plain?track_id=T").raw().contains("\"score\":0.0000001"));
    }
}

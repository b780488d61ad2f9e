package mcfpipe.jobdb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
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
}

package mcfpipe.jobdb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import mcfpipe.storage.Json;
import org.junit.jupiter.api.Test;

class RouterTest {
    private final Router router = new Router()
            .add("GET", "/{table}/{id}", r -> ApiResponse.of(200, Json.mapper().getNodeFactory().textNode("item " + r.segment(1))))
            .add("DELETE", "/{table}/{id}", r -> ApiResponse.of(200, Json.mapper().getNodeFactory().textNode("deleted")))
            .add("POST", "/{table}/batch", r -> ApiResponse.of(200, Json.mapper().getNodeFactory().textNode("batch")));

    private static ApiRequest req(String method, String... segments) {
        return new ApiRequest(method, List.of(segments), Map.of(), null, "t");
    }

    @Test
    void literalSegmentsOutrankVariables() {
        assertEquals("batch", router.dispatch(req("POST", "job", "batch")).body().asText());
        assertEquals("item 42", router.dispatch(req("GET", "job", "42")).body().asText());
    }

    @Test
    void aKnownPathWithAnotherMethodIs405WithAllow() {
        ApiResponse r = router.dispatch(req("PATCH", "job", "42"));
        assertEquals(405, r.status());
        assertEquals("DELETE, GET", r.headers().get("Allow"));
        assertEquals("method_not_allowed", r.body().get("error").get("code").asText());
        assertEquals("POST", router.dispatch(req("GET", "job", "batch")).headers().get("Allow"));
    }

    @Test
    void anUnknownPathIs404() {
        assertEquals(404, assertThrows(ApiException.class, () -> router.dispatch(req("GET", "a", "b", "c"))).status());
    }
}

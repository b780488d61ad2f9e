package mcfpipe.jobdb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import mcfpipe.jobdb.ApiRig.Answer;
import mcfpipe.jobdb.JobArbitraries.Mutation;
import mcfpipe.storage.store.ItemKey;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * (b) A job item that breaks exactly one rule (missing required field, wrong type, bad date, unknown column,
 * 39+ digit number, empty or blank key, half a surrogate pair in a text) is refused with 400 and the rule's code, naming the field, and the
 * table is exactly as before: whether or not the item's key already exists, and whether it comes by POST,
 * by PUT, or inside a batch (where it is the one failed entry of a 200).
 */
class InvalidJobPropertyTest {
    private static ApiRig rig;

    enum Channel { POST, PUT, BATCH }

    @BeforeContainer
    static void start() {
        rig = ApiRig.start("pbt_invalid");
    }

    @AfterContainer
    static void stop() {
        if (rig != null) rig.close();
    }

    @Provide
    Arbitrary<Mutation> invalidJobs() {
        return JobArbitraries.invalidJobs();
    }

    @Provide
    Arbitrary<Channel> channels() {
        return Arbitraries.of(Channel.class);
    }

    @Property(tries = 200)
    void anyInvalidJobIsA400AndChangesNothing(@ForAll("invalidJobs") Mutation m, @ForAll boolean keyExists,
                                             @ForAll("channels") Channel channel) {
        Statistics.label("rule").collect(m.code());
        Statistics.label("channel").collect(channel, keyExists ? "key exists" : "new key");
        String id = m.base().id().orElseThrow();
        try {
            if (keyExists) {
                Answer first = rig.post("/job", m.base().json());
                assertEquals(201, first.status(), () -> "setup POST of the valid item answered " + first);
            }
            Map<String, ObjectNode> before = snapshot();
            String body = m.invalid().json();
            switch (channel) {
                case POST -> assertRefused(rig.post("/job", body), m, Set.of(m.code()));
                case PUT -> assertRefused(rig.put("/job/" + PercentCoding.segment(id), body), m,
                        m.field().equals("job_id") ? Set.of(m.code(), "key_mismatch") : Set.of(m.code()));
                case BATCH -> {
                    if (m.code().equals("bad_unicode")) { // text that is not Unicode spoils the whole body, not one item
                        assertRefused(rig.post("/job/batch", "[" + body + "]"), m, Set.of(m.code()));
                        break;
                    }
                    Answer a = rig.post("/job/batch", "[" + body + "]");
                    assertEquals(200, a.status(), a::toString);
                    assertEquals(0, a.body().get("status").asInt(), a::toString);
                    assertEquals(1, a.body().get("failed").asInt(), a::toString);
                    JsonNode entry = a.body().get("results").get(0);
                    assertEquals("failed", entry.get("status").asText(), a::toString);
                    assertError(entry.get("error"), m, Set.of(m.code()), a.raw());
                }
            }
            assertEquals(before, snapshot(), "the table changed");
        } finally {
            rig.store.delete("job", ItemKey.of(id));
        }
    }

    private static void assertRefused(Answer a, Mutation m, Set<String> codes) {
        assertEquals(400, a.status(), () -> "answered " + a);
        assertError(a.body().get("error"), m, codes, a.raw());
    }

    private static void assertError(JsonNode error, Mutation m, Set<String> codes, String raw) {
        assertTrue(error != null && codes.contains(error.path("code").asText()), () -> "expected one of " + codes + ", got " + raw);
        assertEquals(m.field(), error.path("field").asText(null), () -> "the field named in " + raw);
        assertTrue(error.path("message").asText().contains(m.field()), () -> "the message names the field: " + raw);
    }

    /** The whole table by key, read from the store. */
    private static Map<String, ObjectNode> snapshot() {
        Map<String, ObjectNode> items = new TreeMap<>();
        for (ObjectNode item : rig.scanAll("job")) items.put(item.get("job_id").textValue(), item);
        return items;
    }
}

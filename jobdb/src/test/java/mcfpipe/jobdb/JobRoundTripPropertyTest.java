package mcfpipe.jobdb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import mcfpipe.jobdb.ApiRig.Answer;
import mcfpipe.storage.store.ItemKey;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * (a) Any valid job item goes in by POST and comes back by GET over real HTTP exactly as sent: ids from a
 * wide alphabet percent-encoded per segment, unicode text, real dates, decimals of up to 38 digits compared by
 * value, lists, nullable columns present, null or absent.
 */
class JobRoundTripPropertyTest {
    private static ApiRig rig;

    @BeforeContainer
    static void start() {
        rig = ApiRig.start("pbt_roundtrip");
    }

    @AfterContainer
    static void stop() {
        if (rig != null) rig.close();
    }

    @Provide
    Arbitrary<JobDraft> validJobs() {
        return JobArbitraries.validJobs();
    }

    @Property(tries = 200)
    void anyValidJobRoundTripsThroughPostAndGet(@ForAll("validJobs") JobDraft job) {
        Statistics.label("job_id").collect(job.id().map(i -> i.chars().allMatch(c -> c < 0x80) ? "sent, ASCII" : "sent, non-ASCII")
                .orElse("made by the API"));
        String id = null;
        try {
            Answer created = rig.post("/job", job.json());
            assertEquals(201, created.status(), () -> "POST " + job.json() + " answered " + created);
            id = created.body().get("ids").get(0).textValue();
            if (job.id().isPresent()) {
                assertEquals(job.id().get(), id, "the id answered is the id sent");
            } else {
                assertTrue(id.matches("[0-9a-f]{32}"), "a made id is 32 hex characters: " + id);
            }
            JsonNode answered = created.body().get("item");
            assertEquals(id, answered.get("job_id").textValue());
            job.assertStoredAs(answered);

            String path = "/job/" + PercentCoding.segment(id);
            Answer read = rig.get(path);
            assertEquals(200, read.status(), () -> "GET " + path + " answered " + read);
            job.assertStoredAs(read.body());
            assertEquals(answered, read.body(), "GET returns the item POST answered with, whole");

            Answer deleted = rig.delete(path);
            assertEquals(200, deleted.status(), () -> "DELETE " + path + " answered " + deleted);
            assertEquals(id, deleted.body().get("ids").get(0).textValue());
            Answer gone = rig.get(path);
            assertEquals(404, gone.status(), () -> "GET after DELETE answered " + gone);
            id = null;
        } finally {
            if (id != null) rig.store.delete("job", ItemKey.of(id)); // keep tries independent when one fails midway
        }
    }
}

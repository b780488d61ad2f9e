package mcfpipe.jobdb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import mcfpipe.jobdb.ApiRig.Answer;
import mcfpipe.jobdb.JobDraft.Field;
import mcfpipe.jobdb.JobDraft.Num;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Creates racing each other: 8 threads released together, over HTTP (the local server's own worker pool in
 * between) and straight into one handler (8 calls truly in flight at once). Each race runs several rounds.
 */
class ConcurrentCreateTest {
    private static final int THREADS = 8;
    private static final int ROUNDS = 5;
    private static ApiRig rig;

    enum Via { HTTP, HANDLER }

    @BeforeAll
    static void start() {
        rig = ApiRig.start("concurrent");
    }

    @AfterAll
    static void stop() {
        if (rig != null) rig.close();
    }

    @ParameterizedTest
    @EnumSource(Via.class)
    void eightCreatesWithoutAKeyGetEightDistinctIds(Via via) throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String tag = UUID.randomUUID().toString();
            List<JobDraft> drafts = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) drafts.add(draft(null, tag + " thread " + i, i));
            List<Answer> answers = atOnce(i -> create(via, drafts.get(i)));
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < THREADS; i++) {
                Answer a = answers.get(i);
                assertEquals(201, a.status(), a::toString);
                String id = a.body().get("ids").get(0).textValue();
                ids.add(id);
                Answer read = rig.get("/job/" + PercentCoding.segment(id));
                assertEquals(200, read.status(), read::toString);
                drafts.get(i).assertStoredAs(read.body()); // each id holds its own thread's item
            }
            assertEquals(THREADS, ids.size(), "ids made at once must differ: " + ids);
        }
    }

    @ParameterizedTest
    @EnumSource(Via.class)
    void eightCreatesOfOneKeyGetOne201AndSeven409(Via via) throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String id = "race/" + UUID.randomUUID() + " caf\u00e9+50%";
            List<JobDraft> drafts = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) drafts.add(draft(id, "thread " + i, i));
            List<Answer> answers = atOnce(i -> create(via, drafts.get(i)));
            int winner = -1;
            for (int i = 0; i < THREADS; i++) {
                Answer a = answers.get(i);
                if (a.status() == 201) {
                    assertEquals(-1, winner, () -> "two creates of one key both answered 201: " + answers);
                    winner = i;
                } else {
                    assertEquals(409, a.status(), a::toString);
                    assertEquals("conflict", a.errorCode(), a::toString);
                }
            }
            assertTrue(winner >= 0, () -> "no create answered 201: " + answers);
            Answer read = rig.get("/job/" + PercentCoding.segment(id));
            assertEquals(200, read.status(), read::toString);
            drafts.get(winner).assertStoredAs(read.body()); // the winner's item, every field of it, none of another's
            assertEquals(answers.get(winner).body().get("item"), read.body(), "stored item = the item the 201 answered with");
        }
    }

    /** A job item whose every field tells which thread sent it. */
    private static JobDraft draft(String id, String position, int thread) {
        List<Field> fields = new ArrayList<>();
        if (id != null) fields.add(Field.of("job_id", id));
        fields.add(Field.of("position", position));
        fields.add(Field.of("posted_date", "2025-01-0" + (thread + 1)));
        fields.add(Field.of("status", new Num(BigDecimal.valueOf(thread), Integer.toString(thread))));
        fields.add(Field.of("salary_min", new Num(new BigDecimal("1000.5").add(BigDecimal.valueOf(thread)), "100" + thread + ".5")));
        fields.add(Field.of("skills", List.of("skill of thread " + thread, "shared")));
        fields.add(Field.of("company_name", "company " + thread));
        return new JobDraft(fields);
    }

    private static Answer create(Via via, JobDraft draft) {
        if (via == Via.HTTP) return rig.post("/job", draft.json());
        APIGatewayProxyResponseEvent r = rig.handler.handleRequest(new APIGatewayProxyRequestEvent().withHttpMethod("POST")
                .withPath("/job").withHeaders(Map.of("Content-Type", "application/json")).withBody(draft.json()),
                new QuietContext(UUID.randomUUID().toString()));
        return ApiRig.answer(r.getStatusCode(), r.getBody());
    }

    /** Runs call(0..7) on 8 threads that wait for each other at a barrier, then returns the results in thread order. */
    private static <T> List<T> atOnce(IntFunction<T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CyclicBarrier gate = new CyclicBarrier(THREADS);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                int thread = i;
                futures.add(pool.submit(() -> {
                    gate.await(60, TimeUnit.SECONDS);
                    return call.apply(thread);
                }));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) results.add(f.get(120, TimeUnit.SECONDS));
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}

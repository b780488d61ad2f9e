package mcfpipe.tester.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import mcfpipe.tester.http.ApiCall;
import mcfpipe.tester.http.ApiReply;
import mcfpipe.tester.http.JsonCodec;
import mcfpipe.tester.http.PathEncoding;
import mcfpipe.tester.plan.CaseContext;
import mcfpipe.tester.plan.CaseGroup;
import mcfpipe.tester.plan.Expect;
import mcfpipe.tester.plan.ItemKey;
import mcfpipe.tester.plan.TestCase;

/** A table with a sort key (track_score: job_s_id + track_id): reads by the partition key alone or both keys. */
public final class SortKeyCases implements CaseGroup {
    private static final String TABLE = "track_score";
    private static final String PARTITION = "job_s_id";
    private static final String SORT = "track_id";

    @Override
    public List<TestCase> cases() {
        return List.of(
                new TestCase(56, "sort-key table: the partition key alone names one item", this::oneItem),
                new TestCase(57, "sort-key table: two items need the sort key", this::twoItems));
    }

    private void oneItem(CaseContext ctx) {
        String jobSearchId = ctx.ids().id("56");
        String track = ctx.ids().id("56-track");
        create(ctx, jobSearchId, track);
        ApiReply reply = ctx.send(ApiCall.get(path(jobSearchId)));
        JsonNode item = Expect.object(reply, 200);
        Expect.text(item, PARTITION, jobSearchId, reply);
        Expect.text(item, SORT, track, reply);
    }

    private void twoItems(CaseContext ctx) {
        String jobSearchId = ctx.ids().id("57");
        String first = ctx.ids().id("57-track-1");
        String second = ctx.ids().id("57-track-2");
        create(ctx, jobSearchId, first);
        create(ctx, jobSearchId, second);
        ApiReply ambiguous = ctx.send(ApiCall.get(path(jobSearchId)));
        Expect.error(ambiguous, 400, "sort_key_required").field(SORT);
        ApiReply chosen = ctx.send(ApiCall.get(path(jobSearchId) + "?" + SORT + "=" + PathEncoding.encode(second)));
        Expect.text(Expect.object(chosen, 200), SORT, second, chosen);
    }

    private static void create(CaseContext ctx, String jobSearchId, String track) {
        ctx.cleanup().item(new ItemKey(TABLE, PARTITION, jobSearchId, SORT, track));
        ObjectNode score = JsonCodec.object();
        score.put(PARTITION, jobSearchId);
        score.put(SORT, track);
        score.put("score", new BigDecimal("0.75"));
        score.put("method", "tester");
        ApiReply reply = ctx.send(ApiCall.post("/" + TABLE, score));
        Expect.status(reply, 201);
    }

    private static String path(String jobSearchId) {
        return "/" + TABLE + "/" + PathEncoding.encode(jobSearchId);
    }
}

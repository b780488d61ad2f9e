package mcfpipe.tester.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import mcfpipe.tester.http.ApiCall;
import mcfpipe.tester.http.ApiReply;
import mcfpipe.tester.http.JsonCodec;
import mcfpipe.tester.plan.CaseContext;
import mcfpipe.tester.plan.CaseGroup;
import mcfpipe.tester.plan.Expect;
import mcfpipe.tester.plan.Jobs;
import mcfpipe.tester.plan.TestCase;

/** Batch writes: per-item failures that spare the rest, repeated keys, the wrapped form, the size cap. */
public final class BatchCases implements CaseGroup {
    private static final int MAX_ITEMS = 1000;

    @Override
    public List<TestCase> cases() {
        return List.of(
                new TestCase(52, "batch with one bad item: the others written", this::oneBadItem),
                new TestCase(53, "batch with a repeated key: reported, others written", this::repeatedKey),
                new TestCase(54, "batch as {\"items\": [...]}", this::wrappedForm),
                new TestCase(55, "batch over 1000 items: 400 too_many_items", this::tooMany),
                new TestCase(59, "batch delete of an id that names no item: not reported as deleted", this::deleteMissing),
                new TestCase(60, "an id that is a route name (batch, search, delete): 400 reserved_id", this::routeNameAsId));
    }

    private void oneBadItem(CaseContext ctx) {
        String good1 = track(ctx, "52-a");
        String bad = track(ctx, "52-b");
        String good2 = track(ctx, "52-c");
        ObjectNode badJob = Jobs.job(bad, "unused");
        badJob.remove("position");
        ArrayNode items = JsonCodec.array().add(Jobs.job(good1, "Good one")).add(badJob).add(Jobs.job(good2, "Good two"));
        ApiReply reply = ctx.send(ApiCall.post("/job/batch", items));
        JsonNode body = Expect.object(reply, 200);
        Expect.number(body, "status", "0", reply);
        Expect.number(body, "succeeded", "2", reply);
        Expect.number(body, "failed", "1", reply);
        Expect.ids(body, reply, good1, good2);
        JsonNode results = Expect.field(body, "results", reply);
        Expect.that(results.isArray() && results.size() == 3, "expected 3 results " + reply.describe());
        expectResult(results.get(0), 0, good1, "written", reply);
        expectResult(results.get(2), 2, good2, "written", reply);
        JsonNode failed = results.get(1);
        expectResult(failed, 1, bad, "failed", reply);
        Expect.equal("required", failed.path("error").path("code").asText(null), "error code of the bad item", reply);
        Expect.equal("position", failed.path("error").path("field").asText(null), "error field of the bad item", reply);
        Expect.status(ctx.getJob(good1), 200);
        Expect.status(ctx.getJob(good2), 200);
        Expect.status(ctx.getJob(bad), 404);
    }

    // which copy of a repeated key fails is the API's choice; that one fails and the other items are written is not
    private void repeatedKey(CaseContext ctx) {
        String twice = track(ctx, "53-a");
        String once = track(ctx, "53-b");
        ArrayNode items = JsonCodec.array()
                .add(Jobs.job(twice, "First copy")).add(Jobs.job(twice, "Second copy")).add(Jobs.job(once, "Only copy"));
        ApiReply reply = ctx.send(ApiCall.post("/job/batch", items));
        JsonNode body = Expect.object(reply, 200);
        Expect.number(body, "status", "0", reply);
        JsonNode results = Expect.field(body, "results", reply);
        Expect.that(results.isArray() && results.size() == 3, "expected 3 results " + reply.describe());
        expectResult(results.get(2), 2, once, "written", reply);
        boolean reported = false;
        for (JsonNode result : results) {
            if ("failed".equals(result.path("status").asText()) && twice.equals(result.path("id").asText())) {
                reported = result.path("error").path("code").isTextual();
            }
        }
        Expect.that(reported, "expected the repeated key " + twice + " reported as failed with an error code " + reply.describe());
        int written = body.path("succeeded").asInt(-1);
        int failed = body.path("failed").asInt(-1);
        Expect.that(written + failed == 3 && failed >= 1, "expected written + failed = 3, failed >= 1 " + reply.describe());
        Expect.status(ctx.getJob(once), 200);
    }

    private void wrappedForm(CaseContext ctx) {
        String a = track(ctx, "54-a");
        String b = track(ctx, "54-b");
        ObjectNode body = JsonCodec.object();
        body.putArray("items").add(Jobs.job(a, "Wrapped one")).add(Jobs.job(b, "Wrapped two"));
        ApiReply reply = ctx.send(ApiCall.post("/job/batch", body));
        JsonNode answer = Expect.object(reply, 200);
        Expect.number(answer, "status", "1", reply);
        Expect.number(answer, "succeeded", "2", reply);
        Expect.ids(answer, reply, a, b);
    }

    private void tooMany(CaseContext ctx) {
        ArrayNode items = JsonCodec.array();
        for (int i = 0; i <= MAX_ITEMS; i++) {
            items.add(Jobs.job(ctx.ids().id("55-" + i), "Too many " + i));
        }
        ApiReply reply = ctx.send(ApiCall.post("/job/batch", items));
        // a correct API writes none of them; only if it wrote some is there anything to clean up
        if (reply.status() != 400) items.forEach(item -> ctx.cleanup().job(item.get(Jobs.KEY).asText()));
        Expect.error(reply, 400, "too_many_items");
    }

    private void deleteMissing(CaseContext ctx) {
        String there = track(ctx, "59-a");
        String never = ctx.ids().id("59-never");
        Expect.status(ctx.send(ApiCall.post("/job", Jobs.job(there, "Deleted in a batch"))), 201);
        ApiReply reply = ctx.send(ApiCall.post("/job/delete", JsonCodec.array().add(there).add(never)));
        JsonNode body = Expect.object(reply, 200);
        Expect.number(body, "status", "0", reply);
        Expect.number(body, "succeeded", "1", reply);
        JsonNode results = Expect.field(body, "results", reply);
        Expect.that(results.isArray() && results.size() == 2, "expected 2 results " + reply.describe());
        Expect.that(results.get(0).path("deleted").asBoolean(false), "expected " + there + " deleted " + reply.describe());
        Expect.that(!results.get(1).path("deleted").asBoolean(true)
                        && "not_found".equals(results.get(1).path("error").path("code").asText()),
                "expected " + never + " not deleted, error not_found " + reply.describe());
        Expect.status(ctx.getJob(there), 404);
    }

    private void routeNameAsId(CaseContext ctx) {
        for (String route : List.of("batch", "search", "delete")) {
            ApiReply reply = ctx.send(ApiCall.post("/job", Jobs.job(route, "Unreachable")));
            // should one be written, it can only be removed through the delete list
            if (reply.status() == 201) ctx.send(ApiCall.post("/job/delete", JsonCodec.array().add(route)));
            Expect.error(reply, 400, "reserved_id");
        }
    }

    private static String track(CaseContext ctx, String tag) {
        String id = ctx.ids().id(tag);
        ctx.cleanup().job(id);
        return id;
    }

    private static void expectResult(JsonNode result, int index, String id, String status, ApiReply reply) {
        Expect.that(result.path("index").asInt(-1) == index && id.equals(result.path("id").asText())
                        && status.equals(result.path("status").asText()),
                "expected result {index " + index + ", id " + id + ", status " + status + "} got " + result + " " + reply.describe());
    }
}

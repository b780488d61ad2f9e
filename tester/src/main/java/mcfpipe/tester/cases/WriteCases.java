package mcfpipe.tester.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.regex.Pattern;
import mcfpipe.tester.http.ApiCall;
import mcfpipe.tester.http.ApiReply;
import mcfpipe.tester.plan.CaseContext;
import mcfpipe.tester.plan.CaseGroup;
import mcfpipe.tester.plan.Expect;
import mcfpipe.tester.plan.Jobs;
import mcfpipe.tester.plan.TestCase;

/** Create, replace and delete rules: conflicts, made-up keys, missing items, key mismatch, server-set fields. */
public final class WriteCases implements CaseGroup {
    private static final Pattern HEX_ID = Pattern.compile("[0-9a-f]{32}");
    private static final Pattern TIMESTAMP = Pattern.compile("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
    private static final String CLIENT_TIME = "1999-01-01 00:00";

    @Override
    public List<TestCase> cases() {
        return List.of(
                new TestCase(13, "create an existing key: 409, item unchanged", this::conflict),
                new TestCase(14, "create without a key: the API makes a 32-hex id", this::madeUpKey),
                new TestCase(15, "replace a missing item: 404", this::putMissing),
                new TestCase(16, "replace with another key in the body: 400 key_mismatch", this::keyMismatch),
                new TestCase(17, "delete a missing item: 404", this::deleteMissing),
                new TestCase(18, "created and last_modified are server-set, client values ignored", this::serverSetOnCreate),
                new TestCase(19, "replace keeps created and sets last_modified", this::serverSetOnPut));
    }

    private void conflict(CaseContext ctx) {
        String id = ctx.ids().id("13");
        ctx.createJob(Jobs.job(id, "Original position"));
        ApiReply reply = ctx.postJob(Jobs.job(id, "Changed position"));
        Expect.error(reply, 409, "conflict");
        ApiReply read = ctx.getJob(id);
        Expect.text(Expect.object(read, 200), "position", "Original position", read);
    }

    private void madeUpKey(CaseContext ctx) {
        ApiReply reply = ctx.send(ApiCall.post("/job", Jobs.withoutKey("Job with a made-up key " + ctx.ids().runId())));
        // record whatever the API made before checking, so a half-right answer is still cleaned up
        JsonNode body = reply.json();
        String id = body == null ? null : body.path("ids").path(0).asText(null);
        if (id != null) ctx.cleanup().job(id);
        Expect.object(reply, 201);
        Expect.that(id != null && HEX_ID.matcher(id).matches(), "expected one 32-hex id in ids " + reply.describe());
        Expect.text(Expect.field(body, "item", reply), "job_id", id, reply);
        Expect.status(ctx.getJob(id), 200);
    }

    private void putMissing(CaseContext ctx) {
        String id = ctx.ids().id("15");
        ctx.cleanup().job(id);
        ApiReply reply = ctx.send(ApiCall.put(Jobs.path(id), Jobs.withoutKey("Never created")));
        Expect.error(reply, 404, "not_found");
        Expect.status(ctx.getJob(id), 404);
    }

    private void keyMismatch(CaseContext ctx) {
        String id = ctx.ids().id("16");
        ctx.createJob(Jobs.job(id, "Data Engineer"));
        ObjectNode other = Jobs.job(ctx.ids().id("16-other"), "Data Engineer");
        ctx.cleanup().job(ctx.ids().id("16-other"));
        ApiReply reply = ctx.send(ApiCall.put(Jobs.path(id), other));
        Expect.error(reply, 400, "key_mismatch").field("job_id");
    }

    private void deleteMissing(CaseContext ctx) {
        ApiReply reply = ctx.send(ApiCall.delete(Jobs.path(ctx.ids().id("17-never-created"))));
        Expect.error(reply, 404, "not_found");
    }

    private void serverSetOnCreate(CaseContext ctx) {
        String id = ctx.ids().id("18");
        ObjectNode job = Jobs.job(id, "Data Engineer");
        job.put("created", CLIENT_TIME);
        job.put("last_modified", CLIENT_TIME);
        ApiReply reply = ctx.postJob(job);
        JsonNode item = Expect.field(Expect.object(reply, 201), "item", reply);
        String created = serverTime(item, "created", reply);
        serverTime(item, "last_modified", reply);
        ApiReply read = ctx.getJob(id);
        Expect.text(Expect.object(read, 200), "created", created, read);
    }

    private void serverSetOnPut(CaseContext ctx) {
        String id = ctx.ids().id("19");
        ApiReply first = ctx.postJob(Jobs.job(id, "Data Engineer"));
        String created = serverTime(Expect.field(Expect.object(first, 201), "item", first), "created", first);
        // a client puts back what it read, with its own idea of the timestamps
        ObjectNode job = Jobs.job(id, "Data Engineer, replaced");
        job.put("created", CLIENT_TIME);
        job.put("last_modified", CLIENT_TIME);
        ApiReply reply = ctx.send(ApiCall.put(Jobs.path(id), job));
        JsonNode item = Expect.field(Expect.object(reply, 200), "item", reply);
        Expect.text(item, "created", created, reply);
        String modified = serverTime(item, "last_modified", reply);
        Expect.that(modified.compareTo(created) >= 0, "expected last_modified " + modified + " not before created " + created);
        ApiReply read = ctx.getJob(id);
        Expect.text(Expect.object(read, 200), "created", created, read);
    }

    private static String serverTime(JsonNode item, String name, ApiReply reply) {
        String value = Expect.field(item, name, reply).asText();
        Expect.that(TIMESTAMP.matcher(value).matches(), "expected " + name + " as YYYY-MM-DD HH:MM got '" + value + "' " + reply.describe());
        Expect.that(!CLIENT_TIME.equals(value), "expected the client's " + name + " to be ignored " + reply.describe());
        return value;
    }
}

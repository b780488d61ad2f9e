package mcfpipe.tester.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import mcfpipe.tester.http.ApiCall;
import mcfpipe.tester.http.ApiReply;
import mcfpipe.tester.plan.CaseContext;
import mcfpipe.tester.plan.CaseGroup;
import mcfpipe.tester.plan.Expect;
import mcfpipe.tester.plan.Jobs;
import mcfpipe.tester.plan.TestCase;

/** The request body as such: its size, media type, emptiness, syntax, shape and character set. */
public final class BodyCases implements CaseGroup {
    private static final int LAMBDA_LIMIT = 6 * 1024 * 1024;
    private static final int DYNAMODB_ITEM_LIMIT = 400 * 1024;
    private static final String UNICODE = "Ingénieur de données – 数据工程师 🚀";

    @Override
    public List<TestCase> cases() {
        return List.of(
                new TestCase(20, "body over 6 MB: 413 body_too_large", this::bodyTooLarge),
                new TestCase(21, "item over 400 KB: 413 item_too_large", this::itemTooLarge),
                new TestCase(22, "text/plain body: 415", this::textPlain),
                new TestCase(23, "JSON with a charset parameter is accepted", this::jsonWithCharset),
                new TestCase(24, "empty body: 400 empty_body", this::emptyBody),
                new TestCase(25, "body that is not JSON: 400 bad_json", this::notJson),
                new TestCase(26, "JSON that is not an object: 400 not_an_object", this::notAnObject),
                new TestCase(27, "unicode text round-trips", this::unicode));
    }

    private void bodyTooLarge(CaseContext ctx) {
        ObjectNode job = Jobs.job(ctx.ids().id("20"), "Data Engineer");
        job.put("description", "x".repeat(LAMBDA_LIMIT + 1024));
        Expect.error(ctx.postJob(job), 413, "body_too_large");
    }

    private void itemTooLarge(CaseContext ctx) {
        ObjectNode job = Jobs.job(ctx.ids().id("21"), "Data Engineer");
        job.put("description", "x".repeat(DYNAMODB_ITEM_LIMIT + 1024));
        Expect.error(ctx.postJob(job), 413, "item_too_large");
    }

    private void textPlain(CaseContext ctx) {
        String id = ctx.ids().id("22");
        ctx.cleanup().job(id);
        ApiCall call = ApiCall.post("/job", Jobs.job(id, "Data Engineer")).withContentType("text/plain");
        Expect.error(ctx.send(call), 415, "unsupported_media_type");
    }

    private void jsonWithCharset(CaseContext ctx) {
        String id = ctx.ids().id("23");
        ctx.cleanup().job(id);
        ApiCall call = ApiCall.post("/job", Jobs.job(id, "Data Engineer")).withContentType("application/json; charset=utf-8");
        ApiReply reply = ctx.send(call);
        Expect.ids(Expect.object(reply, 201), reply, id);
    }

    private void emptyBody(CaseContext ctx) {
        ApiCall call = new ApiCall("POST", "/job", new byte[0], ApiCall.JSON);
        Expect.error(ctx.send(call), 400, "empty_body").mentions("empty");
    }

    private void notJson(CaseContext ctx) {
        String text = "{\"job_id\": \"" + ctx.ids().id("25") + "\", \"position\": ";
        ApiCall call = new ApiCall("POST", "/job", text.getBytes(StandardCharsets.UTF_8), ApiCall.JSON);
        Expect.error(ctx.send(call), 400, "bad_json").mentions("JSON");
    }

    private void notAnObject(CaseContext ctx) {
        ApiCall call = ApiCall.withJson("POST", "/job", "[\"" + ctx.ids().id("26") + "\", 1]");
        Expect.error(ctx.send(call), 400, "not_an_object").mentions("object");
    }

    private void unicode(CaseContext ctx) {
        String id = ctx.ids().id("27");
        ObjectNode job = Jobs.job(id, UNICODE);
        job.put("description", "naïve café, Zürich ✓ — ünïcödé; 東京; emoji 👩‍💻");
        ApiReply created = ctx.postJob(job);
        Expect.text(Expect.field(Expect.object(created, 201), "item", created), "position", UNICODE, created);
        ApiReply read = ctx.getJob(id);
        JsonNode item = Expect.object(read, 200);
        Expect.text(item, "position", UNICODE, read);
        Expect.text(item, "description", job.get("description").asText(), read);
    }
}

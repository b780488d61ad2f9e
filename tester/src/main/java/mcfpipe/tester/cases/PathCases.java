package mcfpipe.tester.cases;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import mcfpipe.tester.http.ApiCall;
import mcfpipe.tester.http.ApiReply;
import mcfpipe.tester.plan.CaseContext;
import mcfpipe.tester.plan.CaseGroup;
import mcfpipe.tester.plan.Expect;
import mcfpipe.tester.plan.Jobs;
import mcfpipe.tester.plan.TestCase;

/** Paths and methods: percent-decoding of ids exactly once, trailing slashes, reserved segments, 405 and 404. */
public final class PathCases implements CaseGroup {
    @Override
    public List<TestCase> cases() {
        return List.of(
                new TestCase(38, "encoded id a%2Fb is a/b", c -> encodedId(c, "38", "a%2Fb", "a/b")),
                new TestCase(39, "encoded id a+b is a+b", c -> encodedId(c, "39", "a+b", "a+b")),
                new TestCase(40, "encoded id caf%C3%A9 is café", c -> encodedId(c, "40", "caf%C3%A9", "café")),
                new TestCase(41, "encoded id 50%25 is 50%", c -> encodedId(c, "41", "50%25", "50%")),
                new TestCase(42, "trailing slash names the same item", this::trailingSlash),
                new TestCase(43, "method not allowed: 405 with Allow", this::methodNotAllowed),
                new TestCase(44, "segment 'batch' is the route, not an item id", this::reservedSegment),
                new TestCase(45, "unknown route: 404 no_route", this::unknownRoute));
    }

    // the run id is plain ASCII letters, digits and dashes, so only the tested suffix needs encoding
    private void encodedId(CaseContext ctx, String tag, String encodedSuffix, String decodedSuffix) {
        String prefix = ctx.ids().id(tag) + "-";
        String id = prefix + decodedSuffix;
        ApiReply created = ctx.postJob(Jobs.job(id, "Data Engineer"));
        Expect.ids(Expect.object(created, 201), created, id);
        ApiReply read = ctx.send(ApiCall.get("/job/" + prefix + encodedSuffix));
        Expect.text(Expect.object(read, 200), "job_id", id, read);
    }

    private void trailingSlash(CaseContext ctx) {
        String id = ctx.ids().id("42");
        ctx.createJob(Jobs.job(id, "Data Engineer"));
        ApiReply plain = ctx.getJob(id);
        ApiReply slashed = ctx.send(ApiCall.get(Jobs.path(id) + "/"));
        JsonNode expected = Expect.object(plain, 200);
        Expect.equal(expected, Expect.object(slashed, 200), "the same item", slashed);
    }

    private void methodNotAllowed(CaseContext ctx) {
        ApiReply reply = ctx.send(ApiCall.withJson("PATCH", Jobs.path(ctx.ids().id("43")), "{}"));
        Expect.error(reply, 405, "method_not_allowed");
        expectAllow(reply, "GET", "PUT", "DELETE");
    }

    private void reservedSegment(CaseContext ctx) {
        ApiReply reply = ctx.send(ApiCall.get("/job/batch"));
        Expect.error(reply, 405, "method_not_allowed");
        expectAllow(reply, "POST");
    }

    private void unknownRoute(CaseContext ctx) {
        ApiReply reply = ctx.send(ApiCall.get(Jobs.path(ctx.ids().id("45")) + "/extra/segments"));
        Expect.error(reply, 404, "no_route");
    }

    private static void expectAllow(ApiReply reply, String... methods) {
        String allow = reply.header("Allow").orElse(null);
        Expect.that(allow != null, "expected an Allow header " + reply.describe());
        List<String> listed = List.of(allow.toUpperCase(Locale.ROOT).split("\\s*,\\s*"));
        for (String method : methods) {
            Expect.that(listed.contains(method), "expected Allow to list " + method + " got '" + allow + "' " + reply.describe());
        }
    }
}

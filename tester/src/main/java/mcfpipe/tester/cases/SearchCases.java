package mcfpipe.tester.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import mcfpipe.tester.http.ApiCall;
import mcfpipe.tester.http.ApiReply;
import mcfpipe.tester.http.JsonCodec;
import mcfpipe.tester.http.PathEncoding;
import mcfpipe.tester.plan.CaseContext;
import mcfpipe.tester.plan.CaseGroup;
import mcfpipe.tester.plan.Expect;
import mcfpipe.tester.plan.Jobs;
import mcfpipe.tester.plan.TestCase;

/** Search: pagination, tokens, unindexed attributes, limits, secondary indexes and the full scan. */
public final class SearchCases implements CaseGroup {
    @Override
    public List<TestCase> cases() {
        return List.of(
                new TestCase(46, "search pages through 7 jobs, 3 at a time", this::threePages),
                new TestCase(47, "tampered next token: 400 bad_token", this::tamperedToken),
                new TestCase(48, "search by an unindexed attribute: 400 not_indexed", this::notIndexed),
                new TestCase(49, "limit out of 1..1000: 400 bad_limit", this::badLimit),
                new TestCase(50, "search by a secondary index (mcf_ref)", this::secondaryIndex),
                new TestCase(51, "scan with all=true is paginated", this::scanAll));
    }

    private void threePages(CaseContext ctx) {
        String date = ctx.ids().uniqueDate(46);
        List<String> ids = createDated(ctx, "46", date, 7);
        List<String> seen = new ArrayList<>();
        String next = null;
        int[] expectedSizes = {3, 3, 1};
        for (int page = 0; page < expectedSizes.length; page++) {
            ApiReply reply = ctx.send(ApiCall.get(byDate(date, 3, next)));
            JsonNode body = Expect.object(reply, 200);
            JsonNode items = Expect.field(body, "items", reply);
            Expect.that(items.isArray() && items.size() == expectedSizes[page],
                    "expected " + expectedSizes[page] + " items on page " + (page + 1) + " " + reply.describe());
            items.forEach(item -> seen.add(item.path("job_id").asText()));
            Expect.that(body.has("next"), "expected a next field (token or null) " + reply.describe());
            boolean last = page == expectedSizes.length - 1;
            if (last) {
                Expect.that(body.get("next").isNull(), "expected next null on the third page " + reply.describe());
            } else {
                Expect.that(body.get("next").isTextual(), "expected a next token on page " + (page + 1) + " " + reply.describe());
                next = body.get("next").asText();
            }
        }
        Set<String> unique = new TreeSet<>(seen);
        Expect.that(seen.size() == unique.size(), "expected every item once, got " + seen);
        Expect.that(unique.equals(new TreeSet<>(ids)), "expected exactly " + ids + " got " + seen);
    }

    private void tamperedToken(CaseContext ctx) {
        String date = ctx.ids().uniqueDate(47);
        createDated(ctx, "47", date, 2);
        ApiReply first = ctx.send(ApiCall.get(byDate(date, 1, null)));
        String token = Expect.field(Expect.object(first, 200), "next", first).asText();
        Expect.that(token.length() >= 2, "expected a real next token " + first.describe());
        ApiReply tampered = ctx.send(ApiCall.get(byDate(date, 1, tamper(token))));
        Expect.error(tampered, 400, "bad_token");
        ApiReply garbage = ctx.send(ApiCall.get(byDate(date, 1, "not-a-token")));
        Expect.error(garbage, 400, "bad_token");
    }

    private void notIndexed(CaseContext ctx) {
        ApiReply reply = ctx.send(ApiCall.get("/job/search?company_name=" + PathEncoding.encode(ctx.ids().id("48"))));
        Expect.error(reply, 400, "not_indexed").field("company_name").mentions("company_name");
    }

    private void badLimit(CaseContext ctx) {
        for (String limit : List.of("0", "1001")) {
            ApiReply reply = ctx.send(ApiCall.get("/job/search?posted_date=" + SeedCases.SEARCH_DATE + "&limit=" + limit));
            Expect.error(reply, 400, "bad_limit");
        }
    }

    private void secondaryIndex(CaseContext ctx) {
        String id = ctx.ids().id("50");
        String ref = "MCF-TEST-" + ctx.ids().runId();
        ObjectNode job = Jobs.job(id, "Data Engineer");
        job.put("mcf_ref", ref);
        ctx.createJob(job);
        ApiReply reply = ctx.send(ApiCall.get("/job/search?mcf_ref=" + PathEncoding.encode(ref)));
        JsonNode items = Expect.field(Expect.object(reply, 200), "items", reply);
        Expect.that(items.isArray() && items.size() == 1 && id.equals(items.get(0).path("job_id").asText()),
                "expected just job " + id + " " + reply.describe());
    }

    private void scanAll(CaseContext ctx) {
        createDated(ctx, "51", ctx.ids().uniqueDate(51), 3);
        ApiReply reply = ctx.send(ApiCall.get("/job/search?all=true&limit=2"));
        JsonNode body = Expect.object(reply, 200);
        JsonNode items = Expect.field(body, "items", reply);
        Expect.that(items.isArray() && items.size() == 2, "expected 2 items " + reply.describe());
        Expect.that(body.path("next").isTextual(), "expected a next token " + reply.describe());
    }

    private static List<String> createDated(CaseContext ctx, String tag, String date, int count) {
        ArrayNode items = JsonCodec.array();
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String id = ctx.ids().id(tag + "-" + i);
            ctx.cleanup().job(id);
            items.add(Jobs.job(id, "Search job " + i).put("posted_date", date));
            ids.add(id);
        }
        // only the setup: the batch answer's own rules are the batch cases' business
        ApiReply reply = ctx.send(ApiCall.post("/job/batch", items));
        Expect.ids(Expect.object(reply, 200), reply, ids.toArray(String[]::new));
        return ids;
    }

    private static String byDate(String date, int limit, String next) {
        return "/job/search?posted_date=" + date + "&limit=" + limit + (next == null ? "" : "&next=" + PathEncoding.encode(next));
    }

    // change one character in the middle: every bit there is significant, whatever the token's encoding
    private static String tamper(String token) {
        int at = token.length() / 2;
        char replacement = token.charAt(at) == 'A' ? 'B' : 'A';
        return token.substring(0, at) + replacement + token.substring(at + 1);
    }
}

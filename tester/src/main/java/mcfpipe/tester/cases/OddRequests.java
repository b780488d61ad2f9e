package mcfpipe.tester.cases;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mcfpipe.tester.http.ApiCall;
import mcfpipe.tester.http.PathEncoding;
import mcfpipe.tester.plan.CaseContext;
import mcfpipe.tester.plan.Jobs;

/**
 * Inputs no other case sends, chosen to reach code paths a careless handler lets throw: broken UTF-8 in paths,
 * odd JSON values and shapes, missing keys. Only the status matters (the API client records any 500).
 */
final class OddRequests {
    private static final int DEEP = 5000;

    private final CaseContext ctx;
    private int counter;

    OddRequests(CaseContext ctx) {
        this.ctx = ctx;
    }

    void sendAll() {
        List<ApiCall> calls = new ArrayList<>();
        calls.add(ApiCall.get("/job/%E9"));
        calls.add(ApiCall.get("/job/%C3"));
        calls.add(ApiCall.get("/job/search"));
        calls.add(ApiCall.get("/job/search?posted_date=2025-08-02&limit=abc"));
        calls.add(ApiCall.get("/job/search?posted_date=2025-08-02&next=%00%01"));
        calls.add(ApiCall.get("/job/search?posted_date=&limit=5"));
        calls.add(ApiCall.get("/job/search?all=maybe"));
        calls.add(ApiCall.get("//job"));
        calls.add(ApiCall.delete("/job/"));
        calls.add(ApiCall.withJson("POST", "/job/batch", "[1, \"x\", null, []]"));
        calls.add(ApiCall.withJson("POST", "/job/batch", "{}"));
        calls.add(ApiCall.withJson("POST", "/job/batch", "{\"items\": 5}"));
        calls.add(ApiCall.withJson("POST", "/job/delete", "[{}, 5, null, \"\"]"));
        calls.add(ApiCall.withJson("POST", "/job/delete", "{\"ids\": \"x\"}"));
        calls.add(ApiCall.withJson("PUT", Jobs.path(nextId()), "[]"));
        calls.add(job("position", "{\"nested\": 1}"));
        calls.add(job("status", "1e400"));
        calls.add(job("status", "1e999999999999"));
        calls.add(job("status", "-0.0"));
        calls.add(job("status", "true"));
        calls.add(job("position", "\"\\ud800\""));
        calls.add(job("position", "\"\""));
        calls.add(job("position", "null"));
        calls.add(job("skills", "[1, null, {}]"));
        calls.add(job("skills", "[]"));
        calls.add(job("posted_date", "20250801"));
        calls.add(job("posted_date", "\"+12025-08-01\""));
        calls.add(job("description", "[".repeat(DEEP) + "]".repeat(DEEP)));
        calls.add(ApiCall.withJson("POST", "/job", "{\"job_id\": 42, \"position\": \"x\", \"posted_date\": \"2025-08-01\", \"status\": 0}"));
        String scoreId = PathEncoding.encode(nextId());
        calls.add(ApiCall.withJson("POST", "/track_score", "{\"job_s_id\": \"" + ctx.ids().id("61-score") + "\", \"score\": 0.5, \"method\": \"x\"}"));
        calls.add(ApiCall.get("/track_score/" + scoreId + "?track_id="));
        calls.add(ApiCall.withJson("DELETE", "/track_score/" + scoreId, "{}"));
        for (ApiCall call : calls) ctx.send(call);
    }

    /** A job whose other fields are valid, with one field's value given as raw JSON text. */
    private ApiCall job(String field, String rawValue) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("job_id", "\"" + nextId() + "\"");
        fields.put("position", "\"Odd\"");
        fields.put("posted_date", "\"2025-08-01\"");
        fields.put("status", "0");
        fields.put(field, rawValue);
        StringBuilder text = new StringBuilder("{");
        fields.forEach((name, value) -> text.append(text.length() > 1 ? ", " : "").append('"').append(name).append("\": ").append(value));
        return ApiCall.withJson("POST", "/job", text.append('}').toString());
    }

    private String nextId() {
        String id = ctx.ids().id("61-" + (++counter));
        ctx.cleanup().job(id);
        return id;
    }
}

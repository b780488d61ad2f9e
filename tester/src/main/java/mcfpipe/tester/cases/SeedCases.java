package mcfpipe.tester.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import mcfpipe.tester.http.ApiCall;
import mcfpipe.tester.http.ApiReply;
import mcfpipe.tester.http.JsonCodec;
import mcfpipe.tester.http.PathEncoding;
import mcfpipe.tester.plan.CaseContext;
import mcfpipe.tester.plan.CaseFailure;
import mcfpipe.tester.plan.CaseGroup;
import mcfpipe.tester.plan.Expect;
import mcfpipe.tester.plan.Jobs;
import mcfpipe.tester.plan.TestCase;

/**
 * The seed's twelve cases, numbers and meanings unchanged. 01-04 walk one job through create, read, replace
 * and delete, and 05-07 a batch through create, search and delete, so later steps use earlier ones' ids.
 */
public final class SeedCases implements CaseGroup {
    static final String SEARCH_DATE = "2025-08-02";

    private String jobId;
    private List<String> batchIds;
    private String datedId;

    @Override
    public List<TestCase> cases() {
        return List.of(
                new TestCase(1, "create job", this::createJob),
                new TestCase(2, "read job", this::readJob),
                new TestCase(3, "replace job", this::replaceJob),
                new TestCase(4, "delete job", this::deleteJob),
                new TestCase(5, "create jobs in a batch", this::createBatch),
                new TestCase(6, "search jobs by posted_date", this::searchByDate),
                new TestCase(7, "delete jobs in a batch", this::deleteBatch),
                new TestCase(8, "post without position", this::withoutPosition),
                new TestCase(9, "posted_date in a wrong format", this::wrongDateFormat),
                new TestCase(10, "status of a wrong type", this::wrongType),
                new TestCase(11, "get an unknown job", this::unknownJob),
                new TestCase(12, "get from an unknown table", this::unknownTable));
    }

    private void createJob(CaseContext ctx) {
        String id = ctx.ids().id("01");
        ApiReply reply = ctx.postJob(Jobs.job(id, "Data Engineer"));
        Expect.ids(Expect.object(reply, 201), reply, id);
        jobId = id;
    }

    private void readJob(CaseContext ctx) {
        String id = needs(jobId, "01");
        ApiReply reply = ctx.getJob(id);
        JsonNode job = Expect.object(reply, 200);
        Expect.text(job, "job_id", id, reply);
        Expect.text(job, "position", "Data Engineer", reply);
    }

    private void replaceJob(CaseContext ctx) {
        String id = needs(jobId, "01");
        ObjectNode job = Jobs.withoutKey("Data Engineer contract");
        ApiReply reply = ctx.send(ApiCall.put(Jobs.path(id), job));
        JsonNode body = Expect.object(reply, 200);
        Expect.ids(body, reply, id);
        Expect.text(Expect.field(body, "item", reply), "position", "Data Engineer contract", reply);
    }

    private void deleteJob(CaseContext ctx) {
        String id = needs(jobId, "01");
        ApiReply reply = ctx.send(ApiCall.delete(Jobs.path(id)));
        JsonNode body = Expect.object(reply, 200);
        Expect.number(body, "status", "1", reply);
        Expect.ids(body, reply, id);
        Expect.status(ctx.getJob(id), 404);
    }

    private void createBatch(CaseContext ctx) {
        List<String> written = new ArrayList<>();
        String dated = null;
        ArrayNode items = JsonCodec.array();
        for (String tag : List.of("05-a", "05-b", "05-c")) {
            String id = ctx.ids().id(tag);
            ObjectNode job = Jobs.job(id, "Batch job " + tag);
            if (tag.endsWith("b")) {
                job.put("posted_date", SEARCH_DATE);
                dated = id;
            }
            ctx.cleanup().job(id);
            items.add(job);
            written.add(id);
        }
        ApiReply reply = ctx.send(ApiCall.post("/job/batch", items));
        JsonNode body = Expect.object(reply, 200);
        Expect.ids(body, reply, written.toArray(String[]::new));
        Expect.number(body, "status", "1", reply);
        batchIds = written;
        datedId = dated;
    }

    // other runs and real jobs may share the date: page on until this run's job shows up
    private void searchByDate(CaseContext ctx) {
        String id = needs(datedId, "05");
        String next = null;
        for (int page = 0; page < 200; page++) {
            String path = "/job/search?posted_date=" + SEARCH_DATE + (next == null ? "" : "&next=" + PathEncoding.encode(next));
            ApiReply reply = ctx.send(ApiCall.get(path));
            JsonNode body = Expect.object(reply, 200);
            JsonNode items = Expect.field(body, "items", reply);
            Expect.that(items.isArray() && (page > 0 || items.size() > 0), "expected a non-empty items list " + reply.describe());
            for (JsonNode item : items) {
                if (id.equals(item.path("job_id").asText())) return;
            }
            JsonNode nextNode = body.path("next");
            if (!nextNode.isTextual()) {
                throw new CaseFailure("job " + id + " (posted_date " + SEARCH_DATE
                        + ") not among the search results " + reply.describe());
            }
            next = nextNode.asText();
        }
        throw new CaseFailure("search did not end after 200 pages");
    }

    private void deleteBatch(CaseContext ctx) {
        needs(batchIds, "05");
        ArrayNode ids = JsonCodec.array();
        batchIds.forEach(ids::add);
        ApiReply reply = ctx.send(ApiCall.post("/job/delete", ids));
        JsonNode body = Expect.object(reply, 200);
        Expect.number(body, "status", "1", reply);
        for (String id : batchIds) Expect.status(ctx.getJob(id), 404);
    }

    private void withoutPosition(CaseContext ctx) {
        ObjectNode job = Jobs.job(ctx.ids().id("08"), "unused");
        job.remove("position");
        Expect.error(ctx.postJob(job), 400, "required").field("position").mentions("required", "position");
    }

    private void wrongDateFormat(CaseContext ctx) {
        ObjectNode job = Jobs.job(ctx.ids().id("09"), "Data Engineer");
        job.put("posted_date", "May 24, 2025");
        Expect.error(ctx.postJob(job), 400, "date_format").field("posted_date")
                .mentions("date", "format", "YYYY-MM-DD", "posted_date");
    }

    private void wrongType(CaseContext ctx) {
        ObjectNode job = Jobs.job(ctx.ids().id("10"), "Data Engineer");
        job.put("status", "zero");
        Expect.error(ctx.postJob(job), 400, "type").field("status").mentions("type", "Number", "status");
    }

    private void unknownJob(CaseContext ctx) {
        ApiReply reply = ctx.getJob(ctx.ids().id("11-never-created"));
        Expect.error(reply, 404, "not_found").mentions("job", "not exist");
    }

    private void unknownTable(CaseContext ctx) {
        ApiReply reply = ctx.send(ApiCall.get("/no_such_table/" + PathEncoding.encode(ctx.ids().id("12"))));
        Expect.error(reply, 404, "unknown_table").mentions("table", "not exist");
    }

    private static <T> T needs(T value, String caseNumber) {
        Expect.that(value != null, "needs what case " + caseNumber + " creates, and case " + caseNumber + " failed");
        return value;
    }
}

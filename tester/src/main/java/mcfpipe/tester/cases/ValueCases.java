package mcfpipe.tester.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import mcfpipe.tester.http.ApiReply;
import mcfpipe.tester.plan.CaseContext;
import mcfpipe.tester.plan.CaseGroup;
import mcfpipe.tester.plan.Expect;
import mcfpipe.tester.plan.Jobs;
import mcfpipe.tester.plan.TestCase;

/** Column values against the schema: strict dates, exact numbers, unknown columns, empty keys, lists. */
public final class ValueCases implements CaseGroup {
    // 2^53 + 1: the first integer a double cannot hold
    private static final String BEYOND_DOUBLE = "9007199254740993";
    private static final String DIGITS_38 = "12345678901234567890123456789012345678";
    private static final String DIGITS_39 = DIGITS_38 + "9";

    @Override
    public List<TestCase> cases() {
        return List.of(
                new TestCase(28, "impossible date 2023-02-30: 400 date_format", this::impossibleDate),
                new TestCase(29, "leap day 2024-02-29 is accepted", this::leapDay),
                new TestCase(30, "decimal 0.1 kept exact", c -> exactNumber(c, "30", "salary_min", "0.1")),
                new TestCase(31, "integer 9007199254740993 kept exact", c -> exactNumber(c, "31", "applications", BEYOND_DOUBLE)),
                new TestCase(32, "38-digit number kept exact", c -> exactNumber(c, "32", "salary_max", DIGITS_38)),
                new TestCase(33, "39-digit number: 400 number_precision", this::tooManyDigits),
                new TestCase(34, "unknown column: 400 unknown_column", this::unknownColumn),
                new TestCase(35, "empty key: 400 empty_key", c -> badKey(c, "")),
                new TestCase(36, "blank key: 400 empty_key", c -> badKey(c, "   ")),
                new TestCase(37, "string list round-trips", this::stringList));
    }

    private void impossibleDate(CaseContext ctx) {
        ObjectNode job = Jobs.job(ctx.ids().id("28"), "Data Engineer");
        job.put("posted_date", "2023-02-30");
        Expect.error(ctx.postJob(job), 400, "date_format").field("posted_date").mentions("posted_date");
    }

    private void leapDay(CaseContext ctx) {
        String id = ctx.ids().id("29");
        ObjectNode job = Jobs.job(id, "Data Engineer");
        job.put("posted_date", "2024-02-29");
        ctx.createJob(job);
        ApiReply read = ctx.getJob(id);
        Expect.text(Expect.object(read, 200), "posted_date", "2024-02-29", read);
    }

    // checked both in the create answer and in a fresh read, since either path could round through a double
    private void exactNumber(CaseContext ctx, String tag, String column, String value) {
        String id = ctx.ids().id(tag);
        ObjectNode job = Jobs.job(id, "Data Engineer");
        job.put(column, new BigDecimal(value));
        ApiReply created = ctx.postJob(job);
        Expect.number(Expect.field(Expect.object(created, 201), "item", created), column, value, created);
        ApiReply read = ctx.getJob(id);
        Expect.number(Expect.object(read, 200), column, value, read);
    }

    private void tooManyDigits(CaseContext ctx) {
        ObjectNode job = Jobs.job(ctx.ids().id("33"), "Data Engineer");
        job.put("salary_max", new BigDecimal(DIGITS_39));
        Expect.error(ctx.postJob(job), 400, "number_precision").field("salary_max").mentions("salary_max");
    }

    private void unknownColumn(CaseContext ctx) {
        ObjectNode job = Jobs.job(ctx.ids().id("34"), "Data Engineer");
        job.put("colour", "red");
        Expect.error(ctx.postJob(job), 400, "unknown_column").field("colour").mentions("colour");
    }

    private void badKey(CaseContext ctx, String key) {
        ApiReply reply = ctx.postJob(Jobs.job(key, "Data Engineer"));
        Expect.error(reply, 400, "empty_key").field("job_id").mentions("job_id");
    }

    private void stringList(CaseContext ctx) {
        String id = ctx.ids().id("37");
        ObjectNode job = Jobs.job(id, "Data Engineer");
        job.putArray("employment_types").add("Full Time").add("Contract");
        ctx.createJob(job);
        ApiReply read = ctx.getJob(id);
        JsonNode types = Expect.field(Expect.object(read, 200), "employment_types", read);
        Expect.equal(List.of("Full Time", "Contract"), types.isArray() ? Expect.texts(types) : types.toString(),
                "employment_types", read);
    }
}

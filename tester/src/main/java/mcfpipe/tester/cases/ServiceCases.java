package mcfpipe.tester.cases;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import mcfpipe.tester.http.ApiCall;
import mcfpipe.tester.http.ApiReply;
import mcfpipe.tester.plan.CaseContext;
import mcfpipe.tester.plan.CaseGroup;
import mcfpipe.tester.plan.Expect;
import mcfpipe.tester.plan.TestCase;

/** The service root, and the rule over all others: no input ever gets a 500 (so it runs last). */
public final class ServiceCases implements CaseGroup {
    // the tables of storage/db_schema.json; the API may list more, never fewer
    static final List<String> TABLES = List.of("job", "job_search", "user", "user_config", "role", "track",
            "search_config", "keyword", "track_score", "crm_status", "apply_status");

    @Override
    public List<TestCase> cases() {
        return List.of(
                new TestCase(58, "GET / lists the tables", this::serviceRoot),
                new TestCase(61, "no response is ever a 500", this::neverA500));
    }

    private void serviceRoot(CaseContext ctx) {
        ApiReply reply = ctx.send(ApiCall.get("/"));
        JsonNode body = Expect.object(reply, 200);
        Expect.text(body, "service", "mcfpipe-jobdb", reply);
        Expect.field(body, "version", reply);
        Expect.field(body, "stage", reply);
        JsonNode tables = Expect.field(body, "tables", reply);
        Expect.that(tables.isArray(), "expected tables as a list " + reply.describe());
        List<String> listed = Expect.texts(tables);
        for (String table : TABLES) {
            Expect.that(listed.contains(table), "expected table '" + table + "' listed " + reply.describe());
        }
    }

    private void neverA500(CaseContext ctx) {
        new OddRequests(ctx).sendAll();
        List<String> errors = ctx.api().serverErrors();
        Expect.that(errors.isEmpty(), errors.size() + " answers of 500 or more in this run, first: "
                + String.join("; ", errors.subList(0, Math.min(3, errors.size()))));
    }
}

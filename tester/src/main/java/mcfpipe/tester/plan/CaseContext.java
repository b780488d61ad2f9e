package mcfpipe.tester.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import mcfpipe.tester.http.ApiCall;
import mcfpipe.tester.http.ApiClient;
import mcfpipe.tester.http.ApiReply;

/** What a case works with: the API, this run's ids, and the cleanup list. */
public final class CaseContext {
    private final ApiClient api;
    private final RunIds ids;
    private final Cleanup cleanup;

    public CaseContext(ApiClient api, RunIds ids, Cleanup cleanup) {
        this.api = api;
        this.ids = ids;
        this.cleanup = cleanup;
    }

    public ApiClient api() {
        return api;
    }

    public RunIds ids() {
        return ids;
    }

    public Cleanup cleanup() {
        return cleanup;
    }

    public ApiReply send(ApiCall call) {
        return api.send(call);
    }

    /** POSTs a job after recording its key for cleanup; the caller checks the answer. */
    public ApiReply postJob(ObjectNode job) {
        JsonNode id = job.get(Jobs.KEY);
        // a blank key cannot be written (and could not be deleted through the API anyway)
        if (id != null && id.isTextual() && !id.asText().isBlank()) cleanup.job(id.asText());
        return api.send(ApiCall.post("/job", job));
    }

    /** Creates a job that later checks build on; failing here fails the case. */
    public JsonNode createJob(ObjectNode job) {
        ApiReply reply = postJob(job);
        return Expect.field(Expect.object(reply, 201), "item", reply);
    }

    public ApiReply getJob(String id) {
        return api.send(ApiCall.get(Jobs.path(id)));
    }
}

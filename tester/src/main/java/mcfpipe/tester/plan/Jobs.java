package mcfpipe.tester.plan;

import com.fasterxml.jackson.databind.node.ObjectNode;
import mcfpipe.tester.http.JsonCodec;
import mcfpipe.tester.http.PathEncoding;

/** Valid `job` items (job_id, position, posted_date and status are required) and their paths. */
public final class Jobs {
    public static final String TABLE = "job";
    public static final String KEY = "job_id";
    public static final String DEFAULT_DATE = "2025-08-01";

    private Jobs() {}

    public static ObjectNode job(String id, String position) {
        ObjectNode job = withoutKey(position);
        job.put(KEY, id);
        return job;
    }

    public static ObjectNode withoutKey(String position) {
        ObjectNode job = JsonCodec.object();
        job.put("position", position);
        job.put("posted_date", DEFAULT_DATE);
        job.put("status", 0);
        return job;
    }

    public static String path(String id) {
        return "/job/" + PathEncoding.encode(id);
    }
}

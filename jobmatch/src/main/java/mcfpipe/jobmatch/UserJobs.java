package mcfpipe.jobmatch;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mcfpipe.jobmatch.score.JobRecord;
import mcfpipe.storage.store.TableStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * A user's jobs: the user's {@code job_search} rows (by the user_id index, oldest find first) joined to their
 * {@code job} items. A row whose job item is missing is counted, not scored.
 *
 * @param searchRows the job_search rows of the jobs, by job_s_id, as read (for their current track)
 */
record UserJobs(List<JobRecord> jobs, Map<String, ObjectNode> searchRows, int missing) {

    static UserJobs load(TableStore store, DynamoDbClient client, String userId) {
        List<ObjectNode> rows = Queries.all(store, "job_search", "user_id-index", userId);
        List<String> ids = new ArrayList<>(rows.size());
        for (ObjectNode row : rows) ids.add(row.get("job_id").asText());
        Map<String, ObjectNode> jobs = new JobBatchReader(client, store).read(ids);
        List<JobRecord> records = new ArrayList<>(rows.size());
        Map<String, ObjectNode> searchRows = new java.util.LinkedHashMap<>();
        int missing = 0;
        for (ObjectNode row : rows) {
            ObjectNode job = jobs.get(row.get("job_id").asText());
            if (job == null) {
                missing++;
                continue;
            }
            records.add(JobRecord.of(job, row));
            searchRows.put(row.get("job_s_id").asText(), row);
        }
        return new UserJobs(records, searchRows, missing);
    }
}

package mcfpipe.mcfparse;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import mcfpipe.mcfparse.parse.JobCard;
import mcfpipe.mcfparse.parse.JobPost;
import mcfpipe.storage.Json;
import mcfpipe.storage.schema.Schema;
import mcfpipe.storage.store.Condition;
import mcfpipe.storage.store.ItemKey;
import mcfpipe.storage.store.TableStore;
import mcfpipe.storage.validate.ConflictException;

/**
 * Writes parsed jobs through the table store. Idempotent: keys come from MCF's uuid, so the same page
 * parsed twice yields the same items. A card never downgrades a job whose page was parsed (status 1).
 */
final class JobWriter {
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private final TableStore store;

    JobWriter(TableStore store) {
        this.store = store;
    }

    Schema schema() {
        return store.schema();
    }

    /** Writes a card's job record ({@link JobRecords#of(JobCard)}) unless a job page already filled it in; true if written. */
    boolean writeCard(ObjectNode job) {
        try {
            store.putIf("job", job, Condition.or(Condition.itemAbsent(), Condition.lessThan("status", JobRecords.STATUS_PAGE)));
            return true;
        } catch (ConflictException alreadyFromJobPage) {
            return false;
        }
    }

    /**
     * A job page holds the whole post: it replaces what a card wrote (created is kept by the store). The page
     * does not name its own URL, so the caller passes the one it was fetched from.
     */
    void writePost(JobPost post, String url) {
        ObjectNode job = JobRecords.of(post);
        if (url != null) job.put("url", url);
        // what a card knew and the page does not say (a salary, a location) is kept, not erased
        store.get("job", ItemKey.of(post.uuid())).ifPresent(earlier -> earlier.fields().forEachRemaining(f -> {
            if (!job.has(f.getKey())) job.set(f.getKey(), f.getValue());
        }));
        store.put("job", job);
    }

    /** The user's view of a job, written once: the first search that found it keeps its place and time. */
    void writeSearchRow(String userId, String jobId, String keywords, Integer page, Integer rank, Boolean recommended,
                        Instant foundAt) {
        ObjectNode row = Json.mapper().createObjectNode();
        row.put("job_s_id", jobSearchId(userId, jobId));
        row.put("user_id", userId);
        row.put("job_id", jobId);
        if (keywords != null) row.put("search_keywords", keywords);
        if (page != null) row.put("search_page", page);
        if (rank != null) row.put("search_rank", rank);
        if (recommended != null) row.put("recommended", recommended);
        row.put("found_at", TIMESTAMP.format(foundAt));
        try {
            store.create("job_search", row);
        } catch (ConflictException alreadyFound) {
            // Seen before by this user: keep the first sighting, but fill in where it was on a search page if the
            // first sighting was its job page (pages may be parsed in any order)
            ObjectNode missing = Json.mapper().createObjectNode();
            store.get("job_search", ItemKey.of(row.get("job_s_id").asText())).ifPresent(existing -> {
                for (String field : SEARCH_PLACE) {
                    if (row.has(field) && !existing.has(field)) missing.set(field, row.get(field));
                }
            });
            if (!missing.isEmpty()) store.update("job_search", ItemKey.of(row.get("job_s_id").asText()), missing);
        }
    }

    /** Where a search page showed the job; a job page does not know. */
    private static final java.util.List<String> SEARCH_PLACE = java.util.List.of("search_page", "search_rank", "recommended");

    /** One row per user and job, so the key is both ids. */
    static String jobSearchId(String userId, String jobId) {
        return userId + "#" + jobId;
    }
}

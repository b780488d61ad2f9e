package mcfpipe.mcfparse;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import mcfpipe.mcfparse.parse.JobCard;
import mcfpipe.mcfparse.parse.JobPost;
import mcfpipe.storage.Json;
import mcfpipe.storage.store.Condition;
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

    /** Writes a card's job unless a job page already filled it in; true if written. */
    boolean writeCard(JobCard card) {
        ObjectNode job = JobRecords.of(card);
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
            // Seen before by this user: keep the first sighting.
        }
    }

    /** One row per user and job, so the key is both ids. */
    static String jobSearchId(String userId, String jobId) {
        return userId + "#" + jobId;
    }
}

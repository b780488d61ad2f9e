package mcfpipe.mcfscrape;

import java.util.Map;
import mcfpipe.storage.raw.RawPage;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.Tag;

/** The raw-page objects in S3: is a key there, write one, take one back. */
final class RawPageStore {
    private final S3Client s3;
    private final String bucket;

    RawPageStore(S3Client s3, String bucket) {
        this.s3 = s3;
        this.bucket = bucket;
    }

    String bucket() {
        return bucket;
    }

    /** Where a page stands: not stored, stored, or stored and announced on the queue. */
    enum State { ABSENT, STORED, QUEUED }

    /** GetObjectTagging: one cheap request that says both whether the page is stored and whether it was queued. */
    State state(String key) {
        try {
            boolean queued = s3.getObjectTagging(b -> b.bucket(bucket).key(key)).tagSet().stream()
                    .anyMatch(t -> RawPage.QUEUED_TAG.equals(t.key()) && "true".equals(t.value()));
            return queued ? State.QUEUED : State.STORED;
        } catch (NoSuchKeyException e) {
            return State.ABSENT;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) return State.ABSENT;
            throw e;
        }
    }

    /** Tags the page as queued, once its message is sent. */
    void markQueued(String key) {
        s3.putObjectTagging(b -> b.bucket(bucket).key(key)
                .tagging(t -> t.tagSet(Tag.builder().key(RawPage.QUEUED_TAG).value("true").build())));
    }

    void put(String key, byte[] html, Map<String, String> metadata) {
        s3.putObject(b -> b.bucket(bucket).key(key).contentType(RawPage.CONTENT_TYPE).metadata(metadata),
                RequestBody.fromBytes(html));
    }

    void delete(String key) {
        s3.deleteObject(b -> b.bucket(bucket).key(key));
    }
}

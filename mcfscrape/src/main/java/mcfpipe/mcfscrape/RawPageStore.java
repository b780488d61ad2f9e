package mcfpipe.mcfscrape;

import java.util.Map;
import mcfpipe.storage.raw.RawPage;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

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

    /** HeadObject: cheap, and never downloads the page. */
    boolean exists(String key) {
        try {
            s3.headObject(b -> b.bucket(bucket).key(key));
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) return false; // HEAD has no body, so some servers give a bare 404
            throw e;
        }
    }

    void put(String key, byte[] html, Map<String, String> metadata) {
        s3.putObject(b -> b.bucket(bucket).key(key).contentType(RawPage.CONTENT_TYPE).metadata(metadata),
                RequestBody.fromBytes(html));
    }

    void delete(String key) {
        s3.deleteObject(b -> b.bucket(bucket).key(key));
    }
}

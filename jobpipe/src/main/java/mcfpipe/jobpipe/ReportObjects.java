package mcfpipe.jobpipe;

import java.nio.file.Files;
import java.nio.file.Path;
import mcfpipe.jobpipe.etl.SqliteFile;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.core.sync.ResponseTransformer;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/** The report's two S3 objects: fetching the last analysis file, and uploading the new file and page. */
final class ReportObjects {
    private final S3Client s3;
    private final String bucket;

    ReportObjects(S3Client s3, String bucket) {
        this.s3 = s3;
        this.bucket = bucket;
    }

    /**
     * Downloads the last uploaded analysis file to {@code target} (through a temporary file, so a broken
     * download never looks like a file); false when there is none yet.
     */
    boolean fetchPrevious(Path target) {
        Path temp = null;
        try {
            Files.createDirectories(target.toAbsolutePath().getParent());
            temp = Files.createTempFile(target.toAbsolutePath().getParent(), ".download-", ".tmp");
            Files.delete(temp); // the SDK writes a new file and refuses to overwrite one
            s3.getObject(b -> b.bucket(bucket).key(ReportSettings.SQLITE_KEY), ResponseTransformer.toFile(temp));
            SqliteFile.moveIntoPlace(temp, target);
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) return false;
            throw e;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot download s3://" + bucket + "/" + ReportSettings.SQLITE_KEY, e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (java.io.IOException ignored) {
                    // only a leftover temporary file
                }
            }
        }
    }

    void upload(Path sqlite, Path html) {
        s3.putObject(b -> b.bucket(bucket).key(ReportSettings.SQLITE_KEY).contentType("application/vnd.sqlite3"),
                RequestBody.fromFile(sqlite));
        s3.putObject(b -> b.bucket(bucket).key(ReportSettings.HTML_KEY).contentType("text/html; charset=utf-8"),
                RequestBody.fromFile(html));
    }

    String uri(String key) {
        return "s3://" + bucket + "/" + key;
    }
}

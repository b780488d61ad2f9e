package mcfpipe.jobpipe;

import java.nio.file.Path;
import mcfpipe.jobpipe.etl.EtlResult;

/**
 * What a report run produced: the local files, the S3 objects, and what the ETL did.
 *
 * @param sqliteUri the analysis file's S3 URI ({@code s3://bucket/reports/mcfpipe.sqlite})
 * @param htmlUri   the page's S3 URI
 * @param fetchedPrevious whether the earlier file came from S3 (no local copy was there)
 */
public record ReportResult(Path sqliteFile, Path htmlFile, String sqliteUri, String htmlUri, boolean fetchedPrevious,
                           EtlResult etl) {
    /** Lines for a person: where everything is, then what the ETL did. */
    public String describe() {
        return "report:  " + htmlFile + "\n"
                + "sqlite:  " + sqliteFile + "\n"
                + "s3:      " + sqliteUri + "\n"
                + "         " + htmlUri + "\n"
                + "etl:     " + etl.summary();
    }
}

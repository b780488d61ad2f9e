package mcfpipe.jobpipe.etl;

import java.time.Duration;
import java.time.ZoneId;

/**
 * How the ETL reads and what it keeps.
 *
 * @param pageSize        items per DynamoDB scan page
 * @param overlap         how far a writer's clock may lag the ETL's: the watermark is kept at least this far
 *                        before the scan's start, so a row changed during the scan is read again next time
 *                        (timestamps have minute precision; re-reading a row is harmless, it is an upsert)
 * @param topJobsPerTrack rows per track in {@code top_jobs}
 * @param zone            where "today" is for the report (MCF is Singapore's job portal)
 */
public record EtlOptions(int pageSize, Duration overlap, int topJobsPerTrack, ZoneId zone) {
    public static final EtlOptions DEFAULTS = new EtlOptions(1000, Duration.ofMinutes(5), 25, ZoneId.of("Asia/Singapore"));

    public EtlOptions {
        if (pageSize < 1) throw new IllegalArgumentException("pageSize must be at least 1, was " + pageSize);
        if (overlap.isNegative()) throw new IllegalArgumentException("overlap must not be negative, was " + overlap);
        if (topJobsPerTrack < 1) throw new IllegalArgumentException("topJobsPerTrack must be at least 1, was " + topJobsPerTrack);
    }

    public EtlOptions withTopJobsPerTrack(int n) {
        return new EtlOptions(pageSize, overlap, n, zone);
    }

    public EtlOptions withOverlap(Duration d) {
        return new EtlOptions(pageSize, d, topJobsPerTrack, zone);
    }
}

package mcfpipe.jobpipe.etl;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import mcfpipe.storage.schema.DateFormat;

/**
 * The watermark of a source table: the run after this one upserts only items whose {@code last_modified}
 * is later than it. It is the newest {@code last_modified} the scan saw, but never later than the scan's
 * start less the overlap: an item changed while the scan ran, after the scan had passed it, is stamped
 * after the scan's start by its writer's clock, which may lag the ETL's clock by up to the overlap.
 */
final class Watermark {
    private Watermark() {}

    /**
     * @param newestSeen the newest {@code last_modified} of the scan; null for an empty table
     * @param previous   the watermark before this run, kept when the table is empty
     */
    static String next(String newestSeen, Instant scanStart, Duration overlap, String previous) {
        if (newestSeen == null) return previous;
        String cap = DateFormat.ISO_TIMESTAMP.format(LocalDateTime.ofInstant(scanStart.minus(overlap), ZoneOffset.UTC));
        // ISO_TIMESTAMP text sorts in time order, so comparing the strings compares the times.
        return newestSeen.compareTo(cap) <= 0 ? newestSeen : cap;
    }
}

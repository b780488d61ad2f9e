package mcfpipe.jobpipe.etl;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a run of the ETL did.
 *
 * @param file    the analysis file, in place
 * @param mode    FULL (built from scratch) or INCREMENTAL (only changed rows upserted)
 * @param reason  why this mode, in words
 * @param tables  per source table, in the order read
 * @param millis  wall time of each step in run order: "copy" (of the earlier file), one per source table
 *                (its scan and upserts), "derived" (the analysis tables), "move" (into place)
 */
public record EtlResult(Path file, Mode mode, String reason, List<SyncStats> tables, Map<String, Long> millis) {
    public enum Mode { FULL, INCREMENTAL }

    public EtlResult {
        tables = List.copyOf(tables);
        millis = Collections.unmodifiableMap(new LinkedHashMap<>(millis));
    }

    /** "copy=120ms job=5400ms ..." for logs and benchmarks. */
    public String timings() {
        StringBuilder s = new StringBuilder();
        millis.forEach((step, ms) -> s.append(s.length() == 0 ? "" : " ").append(step).append('=').append(ms).append("ms"));
        return s.toString();
    }

    public SyncStats table(String name) {
        return tables.stream().filter(t -> t.table().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no source table '" + name + "' in this run"));
    }

    public long upserted() {
        return tables.stream().mapToLong(SyncStats::upserted).sum();
    }

    public long scanned() {
        return tables.stream().mapToLong(SyncStats::scanned).sum();
    }

    /** One line for logs and the command line. */
    public String summary() {
        return mode.name().toLowerCase(java.util.Locale.ROOT) + " (" + reason + "): " + scanned() + " items scanned, "
                + upserted() + " upserted, " + tables.stream().mapToLong(SyncStats::deleted).sum() + " deleted";
    }
}

package mcfpipe.jobpipe.etl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mcfpipe.jobpipe.etl.EtlResult.Mode;
import mcfpipe.storage.schema.DateFormat;
import mcfpipe.storage.store.TableStore;

/**
 * DynamoDB to one SQLite file for analysis. The file holds a copy of each source table (same names and
 * columns as db_schema.json), the analysis tables derived from them ({@link DerivedTables}) and
 * {@code meta}. A run works on a temporary copy and renames it into place at the end.
 *
 * <p>Incremental runs: DynamoDB cannot scan "what changed since", so every run still scans each table
 * page by page; what an incremental run saves is the writing. Only items whose {@code last_modified} is
 * later than the table's {@link Watermark} are upserted into the copy, and rows whose item is gone are
 * deleted. The derived tables are then recomputed from the copy.
 */
public final class Etl {
    /** The DynamoDB tables the analysis reads, in the order they are read. */
    public static final List<String> SOURCE_TABLES = List.of("job", "job_search", "track", "track_score", "crm_status",
            "search_config");

    private final TableStore store;
    private final Clock clock;
    private final EtlOptions options;
    private final List<MirrorTable> mirrors;
    private final String fingerprint;

    public Etl(TableStore store, Clock clock, EtlOptions options) {
        this.store = store;
        this.clock = clock;
        this.options = options;
        this.mirrors = SOURCE_TABLES.stream().map(t -> new MirrorTable(store.schema().table(t))).toList();
        this.fingerprint = Fingerprint.of(mirrors);
    }

    /** Brings {@code target} up to date, incrementally when it can; {@code rebuild} starts from scratch. */
    public EtlResult run(Path target, boolean rebuild) {
        Plan plan = plan(target, rebuild);
        Path work = SqliteFile.tempBeside(target);
        Map<String, Long> millis = new LinkedHashMap<>();
        try {
            long t = System.nanoTime();
            if (plan.mode() == Mode.INCREMENTAL) Files.copy(target, work, StandardCopyOption.REPLACE_EXISTING);
            t = lap(millis, "copy", t);
            List<SyncStats> stats = build(work, plan.mode(), millis);
            t = System.nanoTime();
            SqliteFile.moveIntoPlace(work, target);
            lap(millis, "move", t);
            return new EtlResult(target, plan.mode(), plan.reason(), stats, millis);
        } catch (SQLException e) {
            throw new EtlException("building the analysis file " + target + " failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + target + " to work on", e);
        } finally {
            SqliteFile.deleteQuietly(work);
        }
    }

    /** Records the time since {@code since} under {@code step}; returns now, for the next step. */
    private static long lap(Map<String, Long> millis, String step, long since) {
        long now = System.nanoTime();
        millis.put(step, (now - since) / 1_000_000);
        return now;
    }

    private List<SyncStats> build(Path work, Mode mode, Map<String, Long> millis) throws SQLException {
        boolean full = mode == Mode.FULL;
        String now = timestamp(clock.instant());
        List<SyncStats> stats = new ArrayList<>();
        try (Connection db = SqliteFile.openForBuilding(work)) {
            Meta meta = new Meta(db);
            if (full) {
                createMirrors(db);
                meta.create();
                meta.put(Meta.BUILT_AT, now);
            }
            long t = System.nanoTime();
            for (MirrorTable m : mirrors) {
                Optional<String> previous = full ? Optional.empty() : meta.get(Meta.watermarkKey(m.name()));
                Instant scanStart = clock.instant();
                SyncStats s = new TableSync(store, db, m, options.pageSize()).sync(previous.orElse(null), !full);
                String next = Watermark.next(s.watermark(), scanStart, options.overlap(), previous.orElse(null));
                if (next != null) meta.put(Meta.watermarkKey(m.name()), next);
                stats.add(new SyncStats(s.table(), s.scanned(), s.upserted(), s.deleted(), next));
                t = lap(millis, m.name(), t);
            }
            new DerivedTables(options.topJobsPerTrack()).rebuild(db);
            meta.put(Meta.FINGERPRINT, fingerprint);
            meta.put(Meta.LAST_RUN_AT, now);
            meta.put(Meta.LAST_RUN_MODE, mode.name());
            meta.put(Meta.REPORT_DATE, LocalDate.ofInstant(clock.instant(), options.zone()).toString());
            db.commit();
            lap(millis, "derived", t);
        }
        return stats;
    }

    private void createMirrors(Connection db) throws SQLException {
        try (Statement s = db.createStatement()) {
            for (MirrorTable m : mirrors) s.execute(m.createSql());
        }
    }

    private record Plan(Mode mode, String reason) {}

    private Plan plan(Path target, boolean rebuild) {
        if (rebuild) return new Plan(Mode.FULL, "rebuild asked for");
        if (!Files.exists(target)) return new Plan(Mode.FULL, "no earlier file");
        try (Connection db = SqliteFile.openReadOnly(target)) {
            Optional<String> built = new Meta(db).get(Meta.FINGERPRINT);
            if (built.isEmpty()) return new Plan(Mode.FULL, "earlier file has no watermarks");
            if (!built.get().equals(fingerprint)) return new Plan(Mode.FULL, "earlier file was built under another schema");
            return new Plan(Mode.INCREMENTAL, "rows changed since the last run");
        } catch (SQLException e) {
            return new Plan(Mode.FULL, "earlier file is unreadable (" + e.getMessage() + ")");
        }
    }

    private static String timestamp(Instant at) {
        return DateFormat.ISO_TIMESTAMP.format(LocalDateTime.ofInstant(at, ZoneOffset.UTC));
    }
}

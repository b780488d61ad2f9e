package mcfpipe.jobpipe.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import mcfpipe.jobpipe.etl.Etl;
import mcfpipe.jobpipe.etl.EtlOptions;
import mcfpipe.jobpipe.etl.EtlResult;
import mcfpipe.jobpipe.report.ReportDataLoader;
import mcfpipe.jobpipe.report.ReportPage;
import mcfpipe.mcfparse.parse.SearchPageParser;
import mcfpipe.standins.Dynalite;
import mcfpipe.standins.RepoRoot;
import mcfpipe.storage.aws.AwsClients;
import mcfpipe.storage.schema.Schema;
import mcfpipe.storage.store.BatchResult;
import mcfpipe.storage.store.TableStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The scale run: N generated jobs (default 100,000) with a job_search row and a score each and a CRM stage for
 * one in five, in dynalite on disk; then the ETL in a fresh child JVM (heap capped like a 1 GB Lambda), three
 * times: a full build, an incremental run with nothing changed, and one after 1% of the scores and stages
 * changed. Each child reports its wall time and peak memory. See BENCHMARKS.md.
 *
 * <p>{@code ./mvnw -q -pl jobpipe test-compile exec:exec@etl-bench} (add {@code -Dbench.jobs=N} for another size).
 */
public final class EtlBench {
    private static final String PREFIX = "bench_mcfpipe_";
    private static final Instant SEEDED = Instant.parse("2026-04-15T06:00:00Z");
    private static final Instant CHANGED = Instant.parse("2026-04-15T07:00:00Z");
    static final String CHILD_HEAP = "-Xmx512m";

    private EtlBench() {}

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("child")) {
            child(args[1], args[2], Path.of(args[3]));
            return;
        }
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path work = Path.of("target/bench").toAbsolutePath();
        deleteTree(work);
        Files.createDirectories(work);
        Path file = work.resolve("mcfpipe.sqlite");
        GeneratedJobs gen = new GeneratedJobs(SearchPageParser.parse(
                Files.readString(RepoRoot.mcfFixtures().resolve("search-engineer-page0.html"), StandardCharsets.UTF_8),
                Instant.parse("2026-04-15T05:41:00Z"), "https://www.mycareersfuture.gov.sg").cards());
        try (Dynalite dynalite = Dynalite.start(work.resolve("dynamodb"));
             DynamoDbClient ddb = AwsClients.configure(DynamoDbClient.builder(), dynalite.endpoint(), System.getenv()).build()) {
            TableStore seeded = new TableStore(ddb, Schema.loadDefault(), PREFIX, Clock.fixed(SEEDED, ZoneOffset.UTC));
            seeded.createTables();
            long t0 = System.nanoTime();
            for (String track : GeneratedJobs.TRACKS) seeded.put("track", gen.track(track));
            load(seeded, "job", n, gen::job);
            load(seeded, "job_search", n, gen::jobSearch);
            load(seeded, "track_score", n, i -> gen.score(i, 0));
            load(seeded, "crm_status", n, i -> gen.hasStage(i) ? gen.stage(i, null) : null);
            log("loaded %,d jobs in %.0f s", n, seconds(t0));

            String full = runChild("full", dynalite.endpoint(), file);
            String quiet = runChild("incremental", dynalite.endpoint(), file);
            TableStore later = new TableStore(ddb, Schema.loadDefault(), PREFIX, Clock.fixed(CHANGED, ZoneOffset.UTC));
            load(later, "track_score", n, i -> i % 100 == 0 ? gen.score(i, 0.05) : null);
            load(later, "crm_status", n, i -> i % 100 == 50 ? gen.stage(i, "APPLIED") : null);
            String changed = runChild("incremental", dynalite.endpoint(), file);
            System.out.println("full:        " + full);
            System.out.println("unchanged:   " + quiet);
            System.out.println("1% changed:  " + changed);
        }
    }

    /** Writes the rows {@code row} makes for 0..n-1 (null: none for that index) in batches. */
    private static void load(TableStore store, String table, int n, IntFunction<ObjectNode> row) {
        long t0 = System.nanoTime();
        List<ObjectNode> batch = new ArrayList<>();
        int written = 0;
        for (int i = 0; i < n; i++) {
            ObjectNode r = row.apply(i);
            if (r != null) batch.add(r);
            if (batch.size() == 500 || i == n - 1 && !batch.isEmpty()) {
                BatchResult result = store.batchPut(table, batch);
                if (!result.allOk()) throw new IllegalStateException(table + ": " + result.failures().get(0));
                written += batch.size();
                batch.clear();
            }
        }
        log("  %s: %,d rows in %.0f s", table, written, seconds(t0));
    }

    private static String runChild(String mode, String endpoint, Path file) throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), CHILD_HEAP,
                "-cp", System.getProperty("java.class.path"), EtlBench.class.getName(), "child", mode, endpoint, file.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (p.waitFor() != 0) throw new IllegalStateException("bench child failed: " + out);
        log("%s: %s", mode, out);
        return out;
    }

    /** In the child JVM: one ETL run, then (after a full build) the report, with time and memory. */
    private static void child(String mode, String endpoint, Path file) throws Exception {
        try (DynamoDbClient ddb = AwsClients.configure(DynamoDbClient.builder(), endpoint, System.getenv()).build()) {
            TableStore store = new TableStore(ddb, Schema.loadDefault(), PREFIX, Clock.systemUTC());
            long t0 = System.nanoTime();
            EtlResult r = new Etl(store, Clock.systemUTC(), EtlOptions.DEFAULTS).run(file, mode.equals("full"));
            double etl = seconds(t0);
            long t1 = System.nanoTime();
            Files.writeString(file.resolveSibling("report.html"), ReportPage.render(ReportDataLoader.load(file)));
            double report = seconds(t1);
            System.out.println(String.format(Locale.ROOT,
                    "etl %.1f s (%s, %,d scanned, %,d upserted; %s), report %.1f s, peak RSS %d MiB, heap peaks %d MiB (%s), file %.1f MiB",
                    etl, r.mode(), r.scanned(), r.upserted(), r.timings(), report, peakRssKb() / 1024, heapPeakBytes() >> 20, CHILD_HEAP,
                    Files.size(file) / 1048576.0));
        }
    }

    /** VmHWM: the most resident memory this process has had. */
    private static long peakRssKb() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmHWM:")) return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
        return -1;
    }

    /** Sum of the heap pools' peaks (they need not peak together, so this is an upper bound). */
    private static long heapPeakBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) sum += pool.getPeakUsage().getUsed();
        }
        return sum;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static void log(String format, Object... args) {
        System.err.println("bench: " + String.format(Locale.ROOT, format, args));
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}

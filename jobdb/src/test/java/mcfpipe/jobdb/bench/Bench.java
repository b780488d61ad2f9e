package mcfpipe.jobdb.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import mcfpipe.jobdb.ApiHandler;
import mcfpipe.jobdb.LocalApiServer;
import mcfpipe.standins.Dynalite;
import mcfpipe.storage.Json;
import mcfpipe.storage.aws.AwsClients;
import mcfpipe.storage.schema.Schema;
import mcfpipe.storage.store.TableStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Figures for the Database API, printed, never asserted: the handler's cold start from the shaded jar under
 * several JVM flag sets, warm GET and POST latency at a fixed request rate through {@link LocalApiServer},
 * batch write throughput, and the jar's size. Everything runs on 127.0.0.1 against an in-memory dynalite.
 *
 * <p>Usage (from the jobdb folder, after {@code mvn install}): {@code Bench [all|cold|warm|batch|size] [key=value...]}
 * with cold.runs (10), warm.rate (200 req/s), warm.seconds (20), warm.warmup (5), batch.runs (5), batch.items (1000).
 */
public final class Bench {
    private static final String PREFIX = "bench_mcfpipe_";
    private static final Path JAR = Path.of("target/jobdb-lambda.jar");
    private static final Path WORK = Path.of("target/bench");

    private final Map<String, String> options;

    private Bench(Map<String, String> options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        String what = args.length > 0 ? args[0] : "all";
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 1; i < args.length; i++) {
            String[] kv = args[i].split("=", 2);
            options.put(kv[0], kv.length > 1 ? kv[1] : "");
        }
        Files.createDirectories(WORK);
        Bench bench = new Bench(options);
        if (what.equals("all") || what.equals("size")) bench.size();
        if (what.equals("all") || what.equals("cold")) bench.coldStart();
        if (what.equals("all") || what.equals("warm")) bench.warmLatency();
        if (what.equals("all") || what.equals("batch")) bench.batchThroughput();
        System.exit(0); // the HTTP client's and server's pools would otherwise keep the JVM a while
    }

    private int option(String name, int fallback) {
        return options.containsKey(name) ? Integer.parseInt(options.get(name)) : fallback;
    }

    static String load() {
        return String.format(Locale.ROOT, "load %.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    // ---- (d) jar size ---------------------------------------------------------------------------------------

    void size() throws IOException {
        long bytes = Files.size(JAR);
        System.out.printf(Locale.ROOT, "%n== jar size%n%s: %,d bytes (%.2f MB, %.2f MiB)%n", JAR, bytes, bytes / 1e6, bytes / 1048576.0);
    }

    // ---- (a) cold start -------------------------------------------------------------------------------------

    /** One JVM flag set to launch the probe with; a CDS archive is made by a training run first when asked. */
    private record FlagSet(String label, List<String> flags, boolean appCds) {}

    void coldStart() throws Exception {
        int runs = option("cold.runs", 10);
        List<FlagSet> sets = List.of(
                new FlagSet("JVM defaults", List.of(), false),
                new FlagSet("-Xshare:off (no CDS at all)", List.of("-Xshare:off"), false),
                new FlagSet("-XX:TieredStopAtLevel=1", List.of("-XX:TieredStopAtLevel=1"), false),
                new FlagSet("-XX:+UseSerialGC", List.of("-XX:+UseSerialGC"), false),
                new FlagSet("-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto",
                        List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto"), false),
                // what infra's DatabaseStack puts in the jobdb Lambda's JAVA_TOOL_OPTIONS
                new FlagSet("shipped: -XX:+TieredCompilation -XX:TieredStopAtLevel=1 -XX:+UseSerialGC",
                        List.of("-XX:+TieredCompilation", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"), false),
                new FlagSet("-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto -XX:-UsePerfData",
                        List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto", "-XX:-UsePerfData"), false),
                new FlagSet("-XX:TieredStopAtLevel=1 -XX:+UseSerialGC + AppCDS archive (-XX:SharedArchiveFile)",
                        List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto"), true));
        System.out.printf("%n== cold start: launch of `java <flags> -cp %s:probe.jar` to the first answered GET (%d runs per set, %s)%n",
                JAR, runs, load());
        Path probeJar = probeJar();
        try (Dynalite dynalite = Dynalite.start(null);
             DynamoDbClient client = AwsClients.configure(DynamoDbClient.builder(), dynalite.endpoint(), System.getenv()).build()) {
            TableStore store = new TableStore(client, Schema.loadDefault(), PREFIX, Clock.systemUTC());
            store.createTables();
            store.create("job", Json.mapper().readValue("{\"job_id\":\"bench-1\",\"position\":\"Data Engineer\","
                    + "\"posted_date\":\"2025-08-02\",\"status\":1}", com.fasterxml.jackson.databind.node.ObjectNode.class));
            Path archive = WORK.resolve("jobdb-appcds.jsa");
            Files.deleteIfExists(archive);
            Map<FlagSet, List<String>> commands = new LinkedHashMap<>();
            for (FlagSet set : sets) {
                List<String> flags = new ArrayList<>(set.flags());
                if (set.appCds()) {
                    List<String> training = new ArrayList<>(flags);
                    training.add("-XX:ArchiveClassesAtExit=" + archive);
                    Launch t = launch(training, probeJar, dynalite.endpoint());
                    System.out.printf(Locale.ROOT, "  (AppCDS training run: %.0f ms, archive %,d bytes)%n", t.millis, Files.size(archive));
                    flags.add("-XX:SharedArchiveFile=" + archive);
                }
                commands.put(set, flags);
                launch(flags, probeJar, dynalite.endpoint()); // one unmeasured launch: the jar in the page cache
            }
            Map<FlagSet, List<Launch>> results = new LinkedHashMap<>();
            for (int run = 0; run < runs; run++) {
                // round robin, so a burst of load from elsewhere on the machine hits every set alike
                for (FlagSet set : sets) results.computeIfAbsent(set, s -> new ArrayList<>()).add(launch(commands.get(set), probeJar, dynalite.endpoint()));
            }
            System.out.printf("%-84s %8s %8s %8s | %s%n", "flags", "median", "min", "max", "median phases: JVM to main / handler built / first GET");
            for (FlagSet set : sets) {
                List<Launch> ls = results.get(set);
                Stats total = new Stats(ls.stream().mapToDouble(l -> l.millis).toArray());
                Stats boot = new Stats(ls.stream().mapToDouble(l -> l.phases[0]).toArray());
                Stats init = new Stats(ls.stream().mapToDouble(l -> l.phases[1]).toArray());
                Stats first = new Stats(ls.stream().mapToDouble(l -> l.phases[2]).toArray());
                System.out.printf(Locale.ROOT, "%-84s %5.0f ms %5.0f ms %5.0f ms | %.0f / %.0f / %.0f ms%n", set.label(), total.median(),
                        total.min(), total.max(), boot.median(), init.median(), first.median());
            }
            System.out.printf("  (%s after the cold start runs)%n", load());
        }
    }

    private record Launch(double millis, long[] phases) {}

    private Launch launch(List<String> flags, Path probeJar, String endpoint) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(flags);
        cmd.add("-cp");
        cmd.add(JAR.toAbsolutePath() + java.io.File.pathSeparator + probeJar.toAbsolutePath());
        cmd.add(ColdStartProbe.class.getName());
        cmd.add("bench-1");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        pb.environment().put(AwsClients.endpointVariable("dynamodb"), endpoint);
        pb.environment().put("MCFPIPE_TABLE_PREFIX", PREFIX);
        pb.environment().put("AWS_REGION", "ap-southeast-1");
        long launchedAt = System.currentTimeMillis();
        cmd.add(Long.toString(launchedAt));
        pb.command(cmd);
        long t0 = System.nanoTime();
        Process p = pb.start();
        long[] phases = null;
        String answered = null;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith("phases ")) {
                    String[] f = line.split(" ");
                    phases = new long[] {Long.parseLong(f[1]), Long.parseLong(f[2]), Long.parseLong(f[3])};
                } else if (line.startsWith("answered ")) {
                    answered = line;
                    break;
                }
            }
            long t1 = System.nanoTime();
            if (!"answered 200".equals(answered) || phases == null) {
                throw new IllegalStateException("the probe did not answer 200: " + answered + " (flags " + flags + ")");
            }
            if (!p.waitFor(60, TimeUnit.SECONDS)) p.destroyForcibly();
            return new Launch((t1 - t0) / 1e6, phases);
        }
    }

    /** The probe class alone in a jar: CDS archives classes from jars only, not from class folders. */
    private static Path probeJar() throws IOException {
        Path jar = WORK.resolve("coldstart-probe.jar");
        String entry = ColdStartProbe.class.getName().replace('.', '/') + ".class";
        try (InputStream in = ColdStartProbe.class.getClassLoader().getResourceAsStream(entry);
             JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            if (in == null) throw new IllegalStateException(entry + " not on the classpath");
            out.putNextEntry(new JarEntry(entry));
            in.transferTo(out);
            out.closeEntry();
        }
        return jar;
    }

    // ---- (b) warm latency at a fixed rate -------------------------------------------------------------------

    /** The API served on 127.0.0.1 over a fresh in-memory dynalite, and an HTTP client for it. */
    private static final class Served implements AutoCloseable {
        final Dynalite dynalite = Dynalite.start(null);
        final DynamoDbClient client = AwsClients.configure(DynamoDbClient.builder(), dynalite.endpoint(), System.getenv()).build();
        final TableStore store = new TableStore(client, Schema.loadDefault(), PREFIX, Clock.systemUTC());
        final LocalApiServer server;
        final ExecutorService clientPool = Executors.newFixedThreadPool(8);
        final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(clientPool)
                .connectTimeout(Duration.ofSeconds(10)).build();

        Served() throws IOException {
            store.createTables();
            server = LocalApiServer.start(new ApiHandler(store, Schema.loadDefault()), 0);
        }

        HttpRequest post(String path, String json) {
            return HttpRequest.newBuilder(URI.create(server.url() + path)).header("Content-Type", "application/json")
                    .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(json)).build();
        }

        HttpRequest get(String path) {
            return HttpRequest.newBuilder(URI.create(server.url() + path)).timeout(Duration.ofSeconds(30)).GET().build();
        }

        @Override
        public void close() {
            server.close();
            client.close();
            clientPool.shutdownNow();
            dynalite.close();
        }
    }

    static String job(String id, int n) {
        return "{\"job_id\":\"" + id + "\",\"mcf_ref\":\"MCF-2025-" + String.format("%07d", n) + "\",\"url\":\"https://example.invalid/job/" + id
                + "\",\"position\":\"Senior Data Engineer " + n + "\",\"company_name\":\"Company " + (n % 97) + " Pte. Ltd.\","
                + "\"location\":\"Singapore\",\"employment_types\":[\"Full Time\",\"Permanent\"],\"seniority\":\"Senior Executive\","
                + "\"categories\":[\"Information Technology\"],\"min_experience_years\":3,\"salary_min\":6500,\"salary_max\":9000.50,"
                + "\"salary_period\":\"Monthly\",\"posted_date\":\"2025-08-02\",\"closing_date\":\"2025-09-01\",\"applications\":" + (n % 50)
                + ",\"description\":\"Build and run data pipelines in Java and Python on AWS; DynamoDB, S3, Lambda, SQS. "
                + "Work with analysts to model data and keep it correct. " + n + "\",\"skills\":[\"Java\",\"AWS\",\"DynamoDB\",\"SQL\"],\"status\":1}";
    }

    void warmLatency() throws Exception {
        int rate = option("warm.rate", 200);
        int seconds = option("warm.seconds", 20);
        int warmup = option("warm.warmup", 5);
        System.out.printf("%n== warm latency through LocalApiServer at a fixed %d req/s for %d s per phase after %d s warm-up (%s)%n",
                rate, seconds, warmup, load());
        try (Served s = new Served()) {
            int seeded = 1000;
            for (int i = 0; i < seeded; i++) {
                HttpResponse<String> r = s.http.send(s.post("/job", job("warm-" + i, i)), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() != 201) throw new IllegalStateException("seeding answered " + r.statusCode() + " " + r.body());
            }
            AtomicInteger posted = new AtomicInteger();
            String run = UUID.randomUUID().toString().substring(0, 8);
            java.util.function.IntFunction<HttpRequest> getReq = i -> s.get("/job/warm-" + (i % seeded));
            java.util.function.IntFunction<HttpRequest> postReq = i -> s.post("/job", job("p-" + run + "-" + posted.incrementAndGet(), i));
            fixedRate(s.http, rate, warmup, i -> i % 2 == 0 ? getReq.apply(i) : postReq.apply(i), "warm-up (GET and POST)", false);
            fixedRate(s.http, rate, seconds, getReq, "GET /job/{id}", true);
            fixedRate(s.http, rate, seconds, postReq, "POST /job", true);
        }
        System.out.printf("  (%s after the latency runs)%n", load());
    }

    /**
     * Sends {@code rate * seconds} requests, request i at start + i/rate whether or not earlier ones have been
     * answered (open loop), and measures each from that intended time, so queueing is counted (no coordinated
     * omission). Bounded: at most 512 in flight, then a request is counted as dropped instead of sent.
     */
    private static void fixedRate(HttpClient http, int rate, int seconds, java.util.function.IntFunction<HttpRequest> request,
                                  String label, boolean print) throws Exception {
        int n = rate * seconds;
        long interval = 1_000_000_000L / rate;
        double[] fromIntended = new double[n];
        double[] fromSent = new double[n];
        int[] status = new int[n];
        AtomicInteger inFlight = new AtomicInteger();
        int dropped = 0;
        List<CompletableFuture<?>> futures = new ArrayList<>(n);
        long start = System.nanoTime() + 50_000_000L;
        for (int i = 0; i < n; i++) {
            long intended = start + i * interval;
            long wait;
            while ((wait = intended - System.nanoTime()) > 0) LockSupport.parkNanos(wait);
            if (inFlight.get() >= 512) {
                dropped++;
                status[i] = -1;
                continue;
            }
            int index = i;
            inFlight.incrementAndGet();
            long sent = System.nanoTime();
            futures.add(http.sendAsync(request.apply(i), HttpResponse.BodyHandlers.ofString()).handle((r, e) -> {
                long done = System.nanoTime();
                inFlight.decrementAndGet();
                fromIntended[index] = (done - intended) / 1e6;
                fromSent[index] = (done - sent) / 1e6;
                status[index] = e != null ? 0 : r.statusCode();
                return null;
            }));
        }
        CompletableFuture.allOf(futures.toArray(new CompletableFuture[0])).get(120, TimeUnit.SECONDS);
        double elapsed = (System.nanoTime() - start) / 1e9;
        if (!print) return;
        List<Double> ok = new ArrayList<>();
        List<Double> okSent = new ArrayList<>();
        int failed = 0;
        for (int i = 0; i < n; i++) {
            if (status[i] >= 200 && status[i] < 300) {
                ok.add(fromIntended[i]);
                okSent.add(fromSent[i]);
            } else if (status[i] != -1) {
                failed++;
            }
        }
        Stats a = new Stats(ok.stream().mapToDouble(Double::doubleValue).toArray());
        Stats b = new Stats(okSent.stream().mapToDouble(Double::doubleValue).toArray());
        System.out.printf(Locale.ROOT, "%-14s %5d requests in %.1f s (%d ok, %d not 2xx, %d dropped): p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, "
                        + "max %.1f ms (from send: p50 %.1f ms, p99 %.1f ms)  [%s]%n", label, n, elapsed, a.count(), failed, dropped,
                a.median(), a.percentile(90), a.percentile(99), a.max(), b.median(), b.percentile(99), load());
    }

    // ---- (c) batch throughput ---------------------------------------------------------------------------------

    void batchThroughput() throws Exception {
        int runs = option("batch.runs", 5);
        int items = option("batch.items", 1000);
        System.out.printf("%n== batch write: POST /job/batch with %d items (~%d bytes each), %d runs of new items, then %d of replacing them (%s)%n",
                items, job("b-00000000-0000", 1).length(), runs, runs, load());
        try (Served s = new Served()) {
            // one unmeasured batch: class loading and JIT
            batch(s, "warm", items);
            List<String> runIds = new ArrayList<>();
            double[] created = new double[runs];
            for (int r = 0; r < runs; r++) {
                String run = UUID.randomUUID().toString().substring(0, 8);
                runIds.add(run);
                created[r] = batch(s, run, items);
            }
            double[] replaced = new double[runs];
            for (int r = 0; r < runs; r++) replaced[r] = batch(s, runIds.get(r), items);
            report("new items", created, items);
            report("replacing", replaced, items);
        }
        System.out.printf("  (%s after the batch runs)%n", load());
    }

    private static double batch(Served s, String run, int items) throws Exception {
        StringBuilder body = new StringBuilder("[");
        for (int i = 0; i < items; i++) {
            if (i > 0) body.append(',');
            body.append(job("b-" + run + "-" + i, i));
        }
        body.append(']');
        HttpRequest request = s.post("/job/batch", body.toString());
        long t0 = System.nanoTime();
        HttpResponse<String> r = s.http.send(request, HttpResponse.BodyHandlers.ofString());
        double ms = (System.nanoTime() - t0) / 1e6;
        var answer = Json.mapper().readTree(r.body());
        if (r.statusCode() != 200 || answer.path("succeeded").asInt() != items) {
            throw new IllegalStateException("batch answered " + r.statusCode() + " " + r.body().substring(0, Math.min(500, r.body().length())));
        }
        return ms;
    }

    private static void report(String label, double[] millis, int items) {
        Stats m = new Stats(millis);
        System.out.printf(Locale.ROOT, "%-10s %d items per call: median %.0f ms = %.0f items/s (best %.0f items/s, worst %.0f items/s)%n",
                label, items, m.median(), items / (m.median() / 1000), items / (m.min() / 1000), items / (m.max() / 1000));
    }
}

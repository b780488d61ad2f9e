package mcfpipe.jobmatch.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import mcfpipe.jobmatch.score.JobRecord;
import mcfpipe.jobmatch.score.JobResult;
import mcfpipe.jobmatch.score.Libraries;
import mcfpipe.jobmatch.score.Recommender;
import mcfpipe.jobmatch.score.TitleCleaner;
import mcfpipe.jobmatch.score.TitleTags;
import mcfpipe.jobmatch.score.TrackContext;
import mcfpipe.storage.Json;

/**
 * The scale run: 100,000 generated jobs ({@link ScaleData}) scored for the demo track with the demo libraries,
 * single-threaded. Times (1) the title-tag part alone (clean, bigrams, library sum), the part the scikit-learn
 * script in bench/jobmatch does the same way, and (2) the whole recipe through the recommender (all parts, salary
 * pool, screen). Writes the titles and the library for that script, and prints checksums both must agree on.
 * <pre>
 *   bench/jobmatch/run.sh      (writes to bench/out/jobmatch, then runs the scikit-learn script)
 * </pre>
 */
public final class ScaleBench {
    static final int JOBS = 100_000;
    static final long SEED = 20260415L;
    static final int WARMUP = 5;
    static final int ROUNDS = 10;

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "bench/out/jobmatch");
        Files.createDirectories(out);
        JsonNode seed = demoSeed();
        Libraries libraries = Libraries.fromRows(rows(seed.get("keywords")));
        TrackContext track = TrackContext.of(row(seed, "track"), row(seed, "search_config"), libraries);
        List<JobRecord> jobs = ScaleData.generate(JOBS, SEED);
        List<String> titles = jobs.stream().map(JobRecord::title).toList();
        export(out, titles, track.tags(), libraries);
        System.out.printf(Locale.ROOT, "jobs=%d distinct_titles=%d with_description=%d library_tags=%d%n", jobs.size(),
                new HashSet<>(titles).size(), jobs.stream().filter(j -> j.description() != null).count(), track.tags().size());

        TitleCleaner cleaner = new TitleCleaner(libraries);
        double[] checksum = new double[1];
        String tagTime = time(() -> checksum[0] = titleTagParts(cleaner, titles, track.tags()));
        System.out.printf(Locale.ROOT, "title tags: %s ms per 100k titles, checksum %.4f%n", tagTime, checksum[0]);

        Recommender recommender = new Recommender(libraries);
        List<List<JobResult>> results = new ArrayList<>(List.of(List.of()));
        String fullTime = time(() -> {
            results.set(0, List.of()); // let the last round's results go before making new ones
            results.set(0, recommender.recommend(jobs, List.of(track), ScaleData.RECORDED_ON));
        });
        double scoreSum = results.get(0).stream().mapToDouble(j -> j.bestScore().score().value()).sum();
        long screened = results.get(0).stream().filter(JobResult::screened).count();
        System.out.printf(Locale.ROOT, "whole recipe: %s ms per 100k jobs, score sum %.4f, screened %d%n", fullTime, scoreSum, screened);

        // the same without descriptions shows what stemming the descriptions costs
        List<JobRecord> cardsOnly = jobs.stream().map(ScaleBench::withoutDescription).toList();
        String cardsTime = time(() -> recommender.recommend(cardsOnly, List.of(track), ScaleData.RECORDED_ON));
        System.out.printf(Locale.ROOT, "whole recipe, no descriptions: %s ms per 100k jobs%n", cardsTime);

        System.gc();
        Runtime rt = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "live heap after GC, holding the jobs and their scores: %.0f MiB (max heap %.0f MiB)%n",
                (rt.totalMemory() - rt.freeMemory()) / 1048576.0, rt.maxMemory() / 1048576.0);
        results.get(0).size(); // keep the results reachable until measured
    }

    /** Mean ± standard deviation in ms of {@link #ROUNDS} runs after {@link #WARMUP} warm-up runs. */
    private static String time(Runnable work) {
        for (int r = 0; r < WARMUP; r++) work.run();
        double[] millis = new double[ROUNDS];
        for (int r = 0; r < ROUNDS; r++) {
            long t0 = System.nanoTime();
            work.run();
            millis[r] = (System.nanoTime() - t0) / 1e6;
        }
        return stats(millis) + " (mean of " + ROUNDS + " after " + WARMUP + " warm-up)";
    }

    private static JobRecord withoutDescription(JobRecord j) {
        return new JobRecord(j.jobSearchId(), j.jobId(), j.userId(), j.title(), j.company(), null, j.salaryMin(), j.salaryMax(),
                j.salaryPeriod(), j.postedDate(), j.closingDate(), j.status(), j.searchKeywords());
    }

    /** The title-tag part of every title, summed: what the scikit-learn script computes too. */
    static double titleTagParts(TitleCleaner cleaner, List<String> titles, Map<String, Double> tags) {
        double sum = 0;
        for (String title : titles) sum += TitleTags.score(TitleTags.of(cleaner.words(title)), tags).part();
        return sum;
    }

    private static String stats(double[] millis) {
        double mean = 0;
        for (double m : millis) mean += m;
        mean /= millis.length;
        double var = 0;
        for (double m : millis) var += (m - mean) * (m - mean);
        double sd = Math.sqrt(var / (millis.length - 1));
        double fastest = java.util.Arrays.stream(millis).min().orElseThrow();
        return String.format(Locale.ROOT, "%.1f ± %.1f, fastest %.1f", mean, sd, fastest);
    }

    /** titles.txt, one a line; tags.tsv (tag, score); stopwords.txt (stop and junk words the cleaner drops). */
    private static void export(Path out, List<String> titles, Map<String, Double> tags, Libraries libraries) throws IOException {
        Files.write(out.resolve("titles.txt"), titles, StandardCharsets.UTF_8);
        List<String> tagLines = new ArrayList<>();
        new TreeSet<>(tags.keySet()).forEach(t -> tagLines.add(t + "\t" + tags.get(t)));
        Files.write(out.resolve("tags.tsv"), tagLines, StandardCharsets.UTF_8);
        Set<String> dropped = new TreeSet<>(libraries.stopWords());
        dropped.addAll(libraries.junkWords());
        Files.write(out.resolve("stopwords.txt"), dropped, StandardCharsets.UTF_8);
    }

    private static JsonNode demoSeed() throws IOException {
        try (InputStream in = ScaleBench.class.getResourceAsStream("/mcfpipe/jobmatch/demo-seed.json")) {
            return Json.mapper().readTree(in);
        }
    }

    private static ObjectNode row(JsonNode seed, String table) {
        for (JsonNode r : seed.get("rows")) if (r.get("table").asText().equals(table)) return (ObjectNode) r.get("row");
        throw new IllegalStateException("demo seed has no " + table + " row");
    }

    private static List<JsonNode> rows(JsonNode array) {
        List<JsonNode> rows = new ArrayList<>();
        array.forEach(rows::add);
        return rows;
    }
}

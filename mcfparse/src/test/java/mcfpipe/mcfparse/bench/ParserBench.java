package mcfpipe.mcfparse.bench;

import java.util.concurrent.TimeUnit;
import mcfpipe.mcfparse.parse.Fixtures;
import mcfpipe.mcfparse.parse.JobPageParser;
import mcfpipe.mcfparse.parse.JobPost;
import mcfpipe.mcfparse.parse.SearchPage;
import mcfpipe.mcfparse.parse.SearchPageParser;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Time to parse each recorded page from its bytes (decoding included), as the parser Lambda does.
 * Kept short for a shared 2-core machine: 3 forks, 5 x 1 s warm-up, 5 x 1 s measurement, one thread.
 * Run from the repository root: {@code ./mvnw -q -pl mcfparse test-compile exec:exec@parser-bench}.
 * Run directly, its main takes the usual JMH options (e.g. {@code -f 1 -wi 2 -i 3}), which override these defaults.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 3, jvmArgsAppend = {"-Xms256m", "-Xmx256m"})
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
public class ParserBench {
    private byte[] searchPage;
    private byte[] jobPage;

    @Setup
    public void load() {
        searchPage = Fixtures.bytes(Fixtures.SEARCH_PAGE);
        jobPage = Fixtures.bytes(Fixtures.JOB_PAGE);
    }

    @Benchmark
    public SearchPage searchPage() {
        return SearchPageParser.parse(searchPage, "UTF-8", Fixtures.FETCHED_AT, Fixtures.SEARCH_URL);
    }

    @Benchmark
    public JobPost jobPage() {
        return JobPageParser.parse(jobPage, "UTF-8", Fixtures.FETCHED_AT);
    }

    /** Runs this class's benchmarks; any JMH command-line options given override the defaults above. */
    public static void main(String[] args) throws RunnerException, CommandLineOptionException {
        CommandLineOptions options = new CommandLineOptions(args);
        ChainedOptionsBuilder builder = new OptionsBuilder().parent(options);
        if (options.getIncludes().isEmpty()) builder.include(ParserBench.class.getName());
        new Runner(builder.build()).run();
    }
}

package mcfpipe.tester;

import java.io.PrintStream;
import java.util.Map;

/** {@code java -jar tester.jar --url URL [--sigv4 REGION] [--report FILE]}: exit 0 all passed, 1 a failure, 2 usage. */
public final class Main {
    public static final int USAGE_ERROR = 2;

    private Main() {}

    public static void main(String[] args) {
        System.exit(run(args, System.getenv(), System.out, System.err));
    }

    public static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        Options options;
        try {
            options = Options.parse(args, env);
        } catch (UsageException e) {
            err.println(e.getMessage());
            return USAGE_ERROR;
        }
        return TesterRun.run(options, out, err).succeeded() ? 0 : 1;
    }
}

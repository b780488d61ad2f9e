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
        if (Options.wantsHelp(args)) {
            out.println(Options.HELP);
            return 0;
        }
        Options options;
        try {
            options = Options.parse(args, env);
        } catch (UsageException e) {
            err.println(e.getMessage());
            return USAGE_ERROR;
        }
        String unreachable = TesterRun.unreachable(options);
        if (unreachable != null) {
            // one line, not 61 failed cases that all say the same thing
            err.println("cannot reach the API at " + options.url() + ": " + unreachable);
            return 1;
        }
        return TesterRun.run(options, out, err).succeeded() ? 0 : 1;
    }
}

package mcfpipe.launcher;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code ./mcfpipe}: the whole pipeline on one machine, over local stand-ins of S3, SQS and DynamoDB. */
@Command(name = "mcfpipe", mixinStandardHelpOptions = true, version = "mcfpipe 0.1.0",
        description = "Job-search pipeline for MyCareersFuture, run on this machine.",
        subcommands = {RunCommand.class, ServeCommand.class, MatchCommand.class, TagsCommand.class, ReportCommand.class,
                CommandLine.HelpCommand.class},
        footer = {"", "  test    The whole test suite (the ./mcfpipe script runs ./mvnw -B verify)."})
public final class Main implements Runnable {
    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }

    public static void main(String[] args) {
        CommandLine cli = new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    // a busy data folder, or input found bad once the command runs: one line, no stack trace
                    if (e instanceof DataFolderLock.InUse || e instanceof IllegalArgumentException) {
                        System.err.println("mcfpipe: " + e.getMessage());
                        return 2;
                    }
                    // a folder or file this machine will not let us use: the message names it, a trace adds nothing
                    if (e instanceof java.io.UncheckedIOException io) {
                        System.err.println("mcfpipe: " + io.getMessage() + " (" + io.getCause() + ")");
                        return 1;
                    }
                    // anything else is a fault of ours: say so in one line first, then the trace for a bug report
                    System.err.println("mcfpipe: " + cmd.getCommandName() + " failed: " + e);
                    e.printStackTrace();
                    return 1;
                });
        System.exit(cli.execute(args));
    }
}

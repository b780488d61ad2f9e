package mcfpipe.launcher;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code ./mcfpipe}: the whole pipeline on one machine, over local stand-ins of S3, SQS and DynamoDB. */
@Command(name = "mcfpipe", mixinStandardHelpOptions = true, version = "mcfpipe 0.1.0",
        description = "Job-search pipeline for MyCareersFuture, run on this machine.",
        subcommands = {RunCommand.class, ServeCommand.class, MatchCommand.class, TagsCommand.class, ReportCommand.class})
public final class Main implements Runnable {
    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }

    public static void main(String[] args) {
        CommandLine cli = new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    // a second command on a busy data folder: one line, not the SDK's connection errors
                    if (e instanceof DataFolderLock.InUse) {
                        System.err.println("mcfpipe: " + e.getMessage());
                        return 2;
                    }
                    throw e;
                });
        System.exit(cli.execute(args));
    }
}

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
        System.exit(new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true).execute(args));
    }
}

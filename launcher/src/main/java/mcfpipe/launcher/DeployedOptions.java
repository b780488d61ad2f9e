package mcfpipe.launcher;

import picocli.CommandLine.Option;

/**
 * The options that point a command at a deployed stage (on AWS, or moto_server in the deploy rehearsal)
 * instead of the local stand-ins.
 */
final class DeployedOptions {
    @Option(names = "--aws", description = "Use a deployed stage's tables (and, for run, its bucket and queue) instead of the local stand-ins.")
    boolean aws;

    @Option(names = "--stage", paramLabel = "STAGE", defaultValue = "dev", description = "With --aws: the stage whose tables to use (default: ${DEFAULT-VALUE}).")
    String stage;

    @Option(names = "--endpoint", paramLabel = "URL",
            description = "With --aws: one endpoint for DynamoDB, S3 and SQS (e.g. a moto_server); default AWS itself, with the default credential chain.")
    String endpoint;

    /** Null when the options make sense, else what is wrong with them. */
    String problem() {
        if (!aws && endpoint != null) return "--endpoint needs --aws";
        if (aws && (stage == null || !stage.matches("[a-z][a-z0-9]*"))) return "--stage must be a stage name such as dev or prod, was '" + stage + "'";
        return null;
    }
}

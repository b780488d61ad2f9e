package mcfpipe.launcher;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import mcfpipe.jobpipe.ReportJob;
import mcfpipe.jobpipe.ReportResult;
import mcfpipe.jobpipe.ReportSettings;
import mcfpipe.jobpipe.etl.EtlOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code ./mcfpipe report}: the analytics ETL and report over the local data, the same code as the Lambda.
 * The files stay under DATA-DIR/reports and go to the local S3 bucket; it prints where both are.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Build the analysis SQLite file and report.html from the stored data, incrementally when possible.")
final class ReportCommand implements Callable<Integer> {
    @Option(names = "--rebuild", description = "Read every table again and build the SQLite file from scratch.")
    boolean rebuild;

    @Mixin
    DataDirOption dataDir;

    @Override
    public Integer call() {
        Path data = dataDir.path();
        Progress progress = new Progress(System.err);
        progress.begin("standins", "starting local DynamoDB, SQS and S3 (data in " + data + ")");
        try (LocalCloud cloud = LocalCloud.start(data, LocalRun.VISIBILITY_SECONDS)) {
            progress.begin("report", (rebuild ? "rebuilding" : "updating") + " the analysis file and the report");
            ReportSettings settings = new ReportSettings(LocalCloud.BUCKET, data.resolve("reports"), EtlOptions.DEFAULTS);
            ReportResult result = new ReportJob(cloud.store, cloud.s3, settings, Clock.systemUTC()).run(rebuild);
            progress.end();
            System.out.println(result.describe());
            progress.say("timings: " + progress.timings());
            return 0;
        }
    }
}

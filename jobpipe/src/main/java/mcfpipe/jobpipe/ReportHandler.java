package mcfpipe.jobpipe;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.time.Clock;
import java.util.Map;
import mcfpipe.storage.aws.AwsClients;
import mcfpipe.storage.schema.Schema;
import mcfpipe.storage.store.TableStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The report Lambda, run on a schedule. The event is EventBridge's scheduled event, whose content does not
 * matter; an event with {@code "rebuild": true} (e.g. a manual invoke) rebuilds the file from scratch.
 * A failed run throws: for a scheduled function that marks the invocation failed, which is what alarms
 * and retries watch, and the last good file on S3 stays as it was.
 */
public final class ReportHandler implements RequestHandler<Map<String, Object>, String> {
    private final ReportJob job;

    /** Lambda's constructor: clients are built once per container, from MCFPIPE_* settings. */
    public ReportHandler() {
        this(fromEnvironment(System.getenv()));
    }

    public ReportHandler(ReportJob job) {
        this.job = job;
    }

    private static ReportJob fromEnvironment(Map<String, String> env) {
        DynamoDbClient dynamoDb = AwsClients.configure(DynamoDbClient.builder(), "dynamodb").build();
        // path-style addressing only for a local S3 stand-in, which has no per-bucket host names
        S3Client s3 = AwsClients.configure(S3Client.builder(), "s3")
                .forcePathStyle(env.get(AwsClients.endpointVariable("s3")) != null).build();
        TableStore store = new TableStore(dynamoDb, Schema.loadDefault(), ReportSettings.tablePrefix(env), Clock.systemUTC());
        return new ReportJob(store, s3, ReportSettings.fromEnvironment(env), Clock.systemUTC());
    }

    @Override
    public String handleRequest(Map<String, Object> event, Context context) {
        boolean rebuild = event != null && Boolean.TRUE.equals(event.get("rebuild"));
        try {
            String summary = job.run(rebuild).describe();
            log(context, summary);
            return summary;
        } catch (RuntimeException e) {
            log(context, "report run failed: " + e);
            throw e;
        }
    }

    private static void log(Context context, String text) {
        if (context != null) context.getLogger().log(text);
        else System.err.println(text);
    }
}

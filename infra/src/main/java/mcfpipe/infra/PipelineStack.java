package mcfpipe.infra;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.cdklabs.cdknag.NagPackSuppression;
import io.github.cdklabs.cdknag.NagSuppressions;
import io.github.cdklabs.cdknag.RegexAppliesTo;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.events.CronOptions;
import software.amazon.awscdk.services.events.Rule;
import software.amazon.awscdk.services.events.Schedule;
import software.amazon.awscdk.services.events.targets.LambdaFunction;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.lambda.CfnFunction;
import software.amazon.awscdk.services.lambda.eventsources.SqsEventSource;
import software.amazon.awscdk.services.lambda.eventsources.SqsEventSourceProps;
import software.amazon.awscdk.services.s3.IBucket;
import software.amazon.awscdk.services.sqs.DeadLetterQueue;
import software.amazon.awscdk.services.sqs.Queue;
import software.amazon.awscdk.services.sqs.QueueEncryption;
import software.constructs.Construct;

/**
 * The pipeline layer: what runs after the daily scrape. The recommender (jobmatch) scores every user's jobs an
 * hour after the scrape starts, and on demand from the match queue; the report (jobpipe) then turns the tables
 * into one SQLite file and report.html under {@code reports/} of the raw-pages bucket. Both Lambdas sit in the
 * private isolated subnets and reach only DynamoDB and S3, through the network layer's gateway endpoints.
 */
public class PipelineStack extends Stack {
    static final String MATCH_HANDLER = "mcfpipe.jobmatch.MatchHandler::handleRequest";
    static final String REPORT_HANDLER = "mcfpipe.jobpipe.ReportHandler::handleRequest";

    /** One run may score every user's jobs one after the other (a user with ~100k jobs takes minutes). */
    static final Duration MATCH_TIMEOUT = Duration.minutes(10);
    /** Scans six tables and rebuilds the analysis tables of a file of up to ~100k jobs, then uploads it. */
    static final Duration REPORT_TIMEOUT = Duration.minutes(15);
    /** One user's jobs in memory with their stemmed descriptions; 1.5 GB also buys most of a vCPU. */
    static final PrivateJavaFunction.Sizing MATCH_SIZE = new PrivateJavaFunction.Sizing(1536, 512);
    /**
     * The SQLite file (job descriptions included) exists twice in /tmp while a run works on its copy, beside the
     * downloaded previous file: /tmp gets 4 GB rather than Lambda's 512 MB.
     */
    static final PrivateJavaFunction.Sizing REPORT_SIZE = new PrivateJavaFunction.Sizing(2048, 4096);
    /** Receives before a match request goes to the dead-letter queue. */
    static final int MAX_RECEIVES = 3;
    /** SQS event sources take at least 2; more would only race over the same users. */
    static final int MATCH_MAX_CONCURRENCY = 2;

    /** An hour after the daily scrape starts (pages are parsed as they arrive, so most are in by then). */
    static final String MATCH_HOUR_UTC = Integer.toString((Integer.parseInt(WebscraperStack.SCHEDULE_HOUR_UTC) + 1) % 24);
    static final String MATCH_MINUTE = "0";
    /** Half an hour after the match starts: longer than its timeout, so the report sees the new scores. */
    static final String REPORT_HOUR_UTC = MATCH_HOUR_UTC;
    static final String REPORT_MINUTE = "30";

    /** The report's objects in the bucket (jobpipe's ReportSettings): it writes here and nowhere else. */
    static final String REPORT_PREFIX = "reports/";
    /** The previous analysis file, read back so a fresh container can run incrementally. */
    static final String REPORT_SQLITE_KEY = REPORT_PREFIX + "mcfpipe.sqlite";

    /**
     * What a function does to one table: these actions on the table itself, and Query on these indexes (every
     * query of the code names an index).
     */
    record TableAccess(List<String> tableActions, List<String> queriedIndexes) {
        static TableAccess onTable(String... actions) {
            return new TableAccess(List.of(actions), List.of());
        }

        static TableAccess query(String index, String... tableActions) {
            return new TableAccess(List.of(tableActions), List.of(index));
        }
    }

    /**
     * What the recommender's code calls, by table (jobmatch: MatchRun and the readers and writers it uses). The
     * table store writes {@code crm_status} with a conditional UpdateItem, and its batch put reads the existing
     * {@code created} values with BatchGetItem before BatchWriteItem.
     */
    static final Map<String, TableAccess> MATCH_TABLE_ACCESS = ordered(
            Map.entry("user", TableAccess.onTable("dynamodb:Scan")),
            Map.entry("keyword", TableAccess.query("library-index")),
            Map.entry("track", TableAccess.query("user_id-index")),
            Map.entry("search_config", TableAccess.onTable("dynamodb:GetItem")),
            Map.entry("job", TableAccess.onTable("dynamodb:BatchGetItem")),
            Map.entry("job_search", TableAccess.query("user_id-index", "dynamodb:UpdateItem")),
            Map.entry("track_score", TableAccess.query("track_id-index", "dynamodb:BatchGetItem",
                    "dynamodb:BatchWriteItem")),
            Map.entry("crm_status", TableAccess.onTable("dynamodb:UpdateItem")));

    /** The report's ETL reads each source table with paginated scans and writes none. */
    static final Map<String, TableAccess> REPORT_TABLE_ACCESS = ordered(
            Map.entry("job", TableAccess.onTable("dynamodb:Scan")),
            Map.entry("job_search", TableAccess.onTable("dynamodb:Scan")),
            Map.entry("track", TableAccess.onTable("dynamodb:Scan")),
            Map.entry("track_score", TableAccess.onTable("dynamodb:Scan")),
            Map.entry("crm_status", TableAccess.onTable("dynamodb:Scan")),
            Map.entry("search_config", TableAccess.onTable("dynamodb:Scan")));

    private final Queue matchQueue;
    private final Queue matchDeadLetters;
    private final PrivateJavaFunction match;
    private final PrivateJavaFunction report;
    private final Rule matchSchedule;
    private final Rule reportSchedule;

    public PipelineStack(Construct scope, String id, PipelineStackProps props) {
        super(scope, id, Layers.stackProps(props));
        Stage stage = props.getStage();
        Map<String, DataTable> tables = tablesOf(props);

        matchDeadLetters = Queue.Builder.create(this, "MatchDeadLetters")
                .queueName(stage.resourceName("match-dlq"))
                .retentionPeriod(Duration.days(14))
                .encryption(QueueEncryption.SQS_MANAGED)
                .enforceSsl(true)
                .build();
        NagSuppressions.addResourceSuppressions(matchDeadLetters, List.of(NagPackSuppression.builder()
                .id("AwsSolutions-SQS3")
                .reason("this is the dead-letter queue of the match queue; a dead-letter queue of its own would only"
                        + " move the same failed match requests again")
                .build()));
        matchQueue = Queue.Builder.create(this, "MatchQueue")
                .queueName(stage.resourceName("match"))
                // six times the function's timeout, as Lambda advises for SQS sources
                .visibilityTimeout(Duration.seconds(MATCH_TIMEOUT.toSeconds().intValue() * 6))
                .retentionPeriod(Duration.days(4))
                .encryption(QueueEncryption.SQS_MANAGED)
                .enforceSsl(true)
                .deadLetterQueue(DeadLetterQueue.builder().queue(matchDeadLetters).maxReceiveCount(MAX_RECEIVES).build())
                .build();

        match = new PrivateJavaFunction(this, "Match", stage, new PrivateJavaFunction.Spec(
                stage.resourceName("jobmatch"),
                "mcfpipe recommender: scores users' jobs per track into track_score, best track, SCREENED leads",
                props.getMatchJar(), MATCH_HANDLER, MATCH_TIMEOUT,
                Map.of("MCFPIPE_STAGE", stage.name()), MATCH_SIZE),
                props.getVpc(), props.getPrivateSubnets(), props.getLambdaSecurityGroup());
        match.getFunction().addEventSource(new SqsEventSource(matchQueue, SqsEventSourceProps.builder()
                // a message may ask for every user, which can take most of the timeout: one message per invocation
                .batchSize(1)
                .reportBatchItemFailures(true)
                .maxConcurrency(MATCH_MAX_CONCURRENCY)
                .build()));
        grantTables(match, tables, MATCH_TABLE_ACCESS);

        IBucket bucket = props.getReportBucket();
        Map<String, String> reportEnv = new LinkedHashMap<>();
        reportEnv.put("MCFPIPE_STAGE", stage.name());
        // the bucket's name is CloudFormation's, not jobpipe's fallback <stage>-mcfpipe-raw-pages
        reportEnv.put("MCFPIPE_BUCKET", bucket.getBucketName());
        report = new PrivateJavaFunction(this, "Report", stage, new PrivateJavaFunction.Spec(
                stage.resourceName("jobpipe-report"),
                "mcfpipe report: tables to reports/mcfpipe.sqlite and reports/report.html in the raw-pages bucket",
                props.getReportJar(), REPORT_HANDLER, REPORT_TIMEOUT, reportEnv, REPORT_SIZE),
                props.getVpc(), props.getPrivateSubnets(), props.getLambdaSecurityGroup());
        // jobpipe asks for one run at a time (two would each upload a file built from their own starting point);
        // an invocation that finds the report running is throttled and retried by Lambda's async queue
        ((CfnFunction) report.getFunction().getNode().getDefaultChild()).setReservedConcurrentExecutions(1);
        grantTables(report, tables, REPORT_TABLE_ACCESS);
        grantReportObjects(bucket);

        matchSchedule = daily("DailyMatch", stage.resourceName("daily-match"), MATCH_HOUR_UTC, MATCH_MINUTE,
                "mcfpipe " + stage + ": score every user's jobs after the daily scrape", match);
        reportSchedule = daily("DailyReport", stage.resourceName("daily-report"), REPORT_HOUR_UTC, REPORT_MINUTE,
                "mcfpipe " + stage + ": rebuild the SQLite file and report.html after the daily match", report);

        output("MatchFunctionName", "recommender Lambda", match.getFunction().getFunctionName());
        output("MatchQueueUrl", "send {\"user_id\":\"...\"} (one user) or {} (every user) to run the recommender",
                matchQueue.getQueueUrl());
        output("MatchDeadLetterQueueUrl", "match requests that failed " + MAX_RECEIVES + " times",
                matchDeadLetters.getQueueUrl());
        output("ReportFunctionName", "report Lambda (invoke with {\"rebuild\":true} to build from scratch)",
                report.getFunction().getFunctionName());
        // no output of the report's S3 address: it would re-export the webscraper's bucket name (cfn-lint W6001);
        // it is that stack's BucketName output + reports/
    }

    /**
     * The report reads its previous file back (a fresh container then runs incrementally) and writes under
     * reports/ only; ListBucket, for that prefix, makes S3 answer a missing previous file with 404, which jobpipe
     * takes as "build from scratch", rather than 403, which would fail the run.
     */
    private void grantReportObjects(IBucket bucket) {
        report.getRole().addToPolicy(PolicyStatement.Builder.create()
                .actions(List.of("s3:GetObject"))
                .resources(List.of(bucket.arnForObjects(REPORT_SQLITE_KEY)))
                .build());
        report.getRole().addToPolicy(PolicyStatement.Builder.create()
                .actions(List.of("s3:PutObject"))
                .resources(List.of(bucket.arnForObjects(REPORT_PREFIX + "*")))
                .build());
        report.getRole().addToPolicy(PolicyStatement.Builder.create()
                .actions(List.of("s3:ListBucket"))
                .resources(List.of(bucket.getBucketArn()))
                .conditions(Map.of("StringLike", Map.of("s3:prefix", List.of(REPORT_PREFIX + "*"))))
                .build());
        // cdk-nag names the imported bucket ARN both by the producer's logical id and by its export
        NagSuppressions.addResourceSuppressions(report.getRole(), List.of(NagPackSuppression.builder()
                .id("AwsSolutions-IAM5")
                .reason("the report's files are named by jobpipe (reports/mcfpipe.sqlite, reports/report.html): the"
                        + " report may put objects under reports/ of the raw-pages bucket and nowhere else; it reads"
                        + " back one named object and cannot touch raw/")
                .appliesTo(List.of(RegexAppliesTo.builder()
                        .regex("/^Resource::(<RawPages[0-9A-F]{8}\\.Arn>|(dev|prod)-mcfpipe-webscraper:"
                                + "ExportsOutputFnGetAttRawPages[0-9A-F]{8}Arn[0-9A-F]{8})\\/reports\\/\\*$/g")
                        .build()))
                .build()), true);
    }

    private static void grantTables(PrivateJavaFunction fn, Map<String, DataTable> tables,
                                    Map<String, TableAccess> accessByTable) {
        accessByTable.forEach((name, access) -> {
            DataTable table = tables.get(name);
            if (!access.tableActions().isEmpty()) {
                table.grantOnTable(fn.getRole(), access.tableActions());
            }
            if (!access.queriedIndexes().isEmpty()) {
                table.grantQuery(fn.getRole(), access.queriedIndexes());
            }
        });
    }

    private Rule daily(String id, String name, String hour, String minute, String description,
                       PrivateJavaFunction target) {
        Rule rule = Rule.Builder.create(this, id)
                .ruleName(name)
                .description(description)
                .schedule(Schedule.cron(CronOptions.builder().minute(minute).hour(hour).build()))
                .build();
        // the scheduled event itself: no user_id (every user) and no rebuild (an incremental report)
        rule.addTarget(new LambdaFunction(target.getFunction()));
        return rule;
    }

    private static Map<String, DataTable> tablesOf(PipelineStackProps props) {
        Map<String, DataTable> tables = new LinkedHashMap<>();
        for (DataTable table : List.of(props.getUserTable(), props.getKeywordTable(), props.getTrackTable(),
                props.getSearchConfigTable(), props.getJobTable(), props.getJobSearchTable(),
                props.getTrackScoreTable(), props.getCrmStatusTable())) {
            tables.put(table.schemaName(), table);
        }
        for (String name : concat(MATCH_TABLE_ACCESS.keySet(), REPORT_TABLE_ACCESS.keySet())) {
            if (!tables.containsKey(name)) {
                throw new IllegalArgumentException("the pipeline needs table '" + name + "', got " + tables.keySet());
            }
        }
        return tables;
    }

    private static List<String> concat(java.util.Collection<String> a, java.util.Collection<String> b) {
        List<String> all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** In the given order, so the policies come out the same on every synth. */
    @SafeVarargs
    private static Map<String, TableAccess> ordered(Map.Entry<String, TableAccess>... entries) {
        Map<String, TableAccess> map = new LinkedHashMap<>();
        for (Map.Entry<String, TableAccess> e : entries) {
            map.put(e.getKey(), e.getValue());
        }
        return Collections.unmodifiableMap(map);
    }

    private void output(String id, String description, String value) {
        CfnOutput.Builder.create(this, id).description(description).value(value).build();
    }

    public Queue getMatchQueue() {
        return matchQueue;
    }

    public Queue getMatchDeadLetterQueue() {
        return matchDeadLetters;
    }

    public PrivateJavaFunction getMatch() {
        return match;
    }

    public PrivateJavaFunction getReport() {
        return report;
    }

    public Rule getMatchSchedule() {
        return matchSchedule;
    }

    public Rule getReportSchedule() {
        return reportSchedule;
    }
}

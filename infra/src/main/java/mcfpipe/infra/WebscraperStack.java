package mcfpipe.infra;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.cdklabs.cdknag.NagPackSuppression;
import io.github.cdklabs.cdknag.NagSuppressions;
import io.github.cdklabs.cdknag.RegexAppliesTo;
import software.amazon.awscdk.Annotations;
import software.amazon.awscdk.CfnElement;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.ecr.assets.Platform;
import software.amazon.awscdk.services.ecs.AssetImageProps;
import software.amazon.awscdk.services.ecs.AwsLogDriverProps;
import software.amazon.awscdk.services.ecs.Cluster;
import software.amazon.awscdk.services.ecs.ContainerDefinitionOptions;
import software.amazon.awscdk.services.ecs.ContainerImage;
import software.amazon.awscdk.services.ecs.CpuArchitecture;
import software.amazon.awscdk.services.ecs.FargatePlatformVersion;
import software.amazon.awscdk.services.ecs.FargateTaskDefinition;
import software.amazon.awscdk.services.ecs.LaunchType;
import software.amazon.awscdk.services.ecs.LinuxParameters;
import software.amazon.awscdk.services.ecs.LogDrivers;
import software.amazon.awscdk.services.ecs.OperatingSystemFamily;
import software.amazon.awscdk.services.ecs.RuntimePlatform;
import software.amazon.awscdk.services.events.CronOptions;
import software.amazon.awscdk.services.events.Rule;
import software.amazon.awscdk.services.events.Schedule;
import software.amazon.awscdk.services.events.targets.ContainerOverride;
import software.amazon.awscdk.services.events.targets.EcsTask;
import software.amazon.awscdk.services.events.targets.TaskEnvironmentVariable;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.lambda.eventsources.SqsEventSource;
import software.amazon.awscdk.services.lambda.eventsources.SqsEventSourceProps;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.s3.BlockPublicAccess;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.s3.BucketEncryption;
import software.amazon.awscdk.services.s3.LifecycleRule;
import software.amazon.awscdk.services.s3.ObjectOwnership;
import software.amazon.awscdk.services.sqs.DeadLetterQueue;
import software.amazon.awscdk.services.sqs.Queue;
import software.amazon.awscdk.services.sqs.QueueEncryption;
import software.constructs.Construct;

/**
 * The webscraper layer: the scraper (a Fargate task with Chromium, in a public subnet, outbound only) stores raw
 * pages in S3 and queues one message per page; the parser Lambda (private subnets) drains the queue in batches,
 * reporting per-message failures, and a page that fails three times lands in the dead-letter queue.
 */
public class WebscraperStack extends Stack {
    static final String PARSER_HANDLER = "mcfpipe.mcfparse.ParsePagesHandler::handleRequest";
    static final String SCRAPER_CONTAINER = "scraper";
    static final String SCRAPER_JAR = "target/mcfscrape-task.jar";
    /** Receives before a page goes to the dead-letter queue (the local run uses the same). */
    static final int MAX_RECEIVES = 3;
    /** Parser Lambdas running at once: the knob for parsing throughput (and DynamoDB write rate). */
    static final int PARSER_MAX_CONCURRENCY = 5;
    static final Duration PARSER_TIMEOUT = Duration.seconds(60);
    /** 06:00 in Singapore. */
    static final String SCHEDULE_HOUR_UTC = "22";

    static final List<String> PARSER_TABLE_ACTIONS = List.of("dynamodb:GetItem", "dynamodb:BatchGetItem",
            "dynamodb:Query", "dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:BatchWriteItem");
    static final List<String> SCRAPER_TABLE_ACTIONS = List.of("dynamodb:GetItem", "dynamodb:Query", "dynamodb:Scan");

    private final Bucket rawPages;
    private final Queue pages;
    private final Queue deadLetters;
    private final PrivateJavaFunction parser;
    private final Cluster cluster;
    private final FargateTaskDefinition scraperTask;
    private final List<Rule> schedules = new ArrayList<>();

    public WebscraperStack(Construct scope, String id, WebscraperStackProps props) {
        super(scope, id, Layers.stackProps(props));
        Stage stage = props.getStage();

        rawPages = Bucket.Builder.create(this, "RawPages")
                .blockPublicAccess(BlockPublicAccess.BLOCK_ALL)
                .enforceSsl(true)
                .versioned(true)
                .encryption(BucketEncryption.S3_MANAGED)
                .objectOwnership(ObjectOwnership.BUCKET_OWNER_ENFORCED)
                .lifecycleRules(List.of(LifecycleRule.builder()
                        .id("expire-old-raw-pages")
                        .prefix("raw/")
                        .expiration(Duration.days(stage.isProd() ? 180 : 30))
                        .noncurrentVersionExpiration(Duration.days(7))
                        .abortIncompleteMultipartUploadAfter(Duration.days(1))
                        .build()))
                .removalPolicy(stage.dataRemovalPolicy())
                .build();
        NagSuppressions.addResourceSuppressions(rawPages, List.of(NagPackSuppression.builder()
                .id("AwsSolutions-S1")
                .reason("only this stack's scraper task and parser Lambda touch the bucket, through their own roles;"
                        + " object-level audit, if ever needed, is CloudTrail data events, not a second log bucket")
                .build()));

        deadLetters = Queue.Builder.create(this, "PagesDeadLetters")
                .queueName(stage.resourceName("pages-dlq"))
                .retentionPeriod(Duration.days(14))
                .encryption(QueueEncryption.SQS_MANAGED)
                .enforceSsl(true)
                .build();
        NagSuppressions.addResourceSuppressions(deadLetters, List.of(NagPackSuppression.builder()
                .id("AwsSolutions-SQS3")
                .reason("this is the dead-letter queue of the pages queue; a dead-letter queue of its own would only"
                        + " move the same failed pages again")
                .build()));
        pages = Queue.Builder.create(this, "Pages")
                .queueName(stage.resourceName("pages"))
                // six times the parser's timeout, as Lambda advises for SQS sources
                .visibilityTimeout(Duration.seconds(PARSER_TIMEOUT.toSeconds().intValue() * 6))
                .retentionPeriod(Duration.days(4))
                .encryption(QueueEncryption.SQS_MANAGED)
                .enforceSsl(true)
                .deadLetterQueue(DeadLetterQueue.builder().queue(deadLetters).maxReceiveCount(MAX_RECEIVES).build())
                .build();

        parser = new PrivateJavaFunction(this, "Parser", stage, new PrivateJavaFunction.Spec(
                stage.resourceName("mcfparse"),
                "mcfpipe parser: raw MCF pages from S3 into the job and job_search tables",
                props.getParserJar(), PARSER_HANDLER, PARSER_TIMEOUT,
                Map.of("MCFPIPE_STAGE", stage.name())),
                props.getVpc(), props.getPrivateSubnets(), props.getLambdaSecurityGroup());
        parser.getFunction().addEventSource(new SqsEventSource(pages, SqsEventSourceProps.builder()
                .batchSize(10)
                .maxBatchingWindow(Duration.seconds(5))
                .reportBatchItemFailures(true)
                .maxConcurrency(PARSER_MAX_CONCURRENCY)
                .build()));
        parser.getRole().addToPolicy(PolicyStatement.Builder.create()
                .actions(List.of("s3:GetObject"))
                .resources(List.of(rawPages.arnForObjects("raw/*")))
                .build());
        for (DataTable table : List.of(props.getJobTable(), props.getJobSearchTable())) {
            table.grant(parser.getFunction(), PARSER_TABLE_ACTIONS);
        }
        NagSuppressions.addResourceSuppressions(parser.getRole(), List.of(NagPackSuppression.builder()
                .id("AwsSolutions-IAM5")
                .reason("raw page keys are content hashes the scraper makes at run time: the parser may read any"
                        + " object under raw/ of this stack's bucket, and only GetObject")
                .appliesTo(List.of("Resource::" + arnToken(rawPages) + "/raw/*"))
                .build()), true);

        cluster = Cluster.Builder.create(this, "Cluster")
                .clusterName(stage.resourceName("scraper"))
                .vpc(props.getVpc())
                .build();
        Acknowledgements.containerInsights(cluster);

        scraperTask = scraperTask(stage, props);
        scheduleScrapes(stage, props);

        output("BucketName", "raw-pages bucket", rawPages.getBucketName());
        output("QueueUrl", "pages queue", pages.getQueueUrl());
        output("DeadLetterQueueUrl", "pages that failed " + MAX_RECEIVES + " times", deadLetters.getQueueUrl());
        output("ClusterName", "ECS cluster of the scraper task", cluster.getClusterName());
        output("ScraperTaskDefinitionArn", "scraper task definition", scraperTask.getTaskDefinitionArn());
    }

    private FargateTaskDefinition scraperTask(Stage stage, WebscraperStackProps props) {
        FargateTaskDefinition task = FargateTaskDefinition.Builder.create(this, "ScraperTask")
                .family(stage.resourceName("scraper"))
                // Chromium with --disable-dev-shm-usage keeps its shared memory in /tmp: give the task room
                .cpu(1024)
                .memoryLimitMiB(3072)
                // x86_64: the image is built on GitHub's x86 runners without emulation
                .runtimePlatform(RuntimePlatform.builder()
                        .cpuArchitecture(CpuArchitecture.X86_64)
                        .operatingSystemFamily(OperatingSystemFamily.LINUX).build())
                .build();
        LogGroup logs = LogGroup.Builder.create(this, "ScraperLogs")
                .logGroupName("/ecs/" + stage.resourceName("scraper"))
                .retention(stage.logRetention())
                .removalPolicy(stage.dataRemovalPolicy())
                .build();
        Path context = props.getScraperImageContext();
        if (!Files.isRegularFile(context.resolve(SCRAPER_JAR))) {
            Annotations.of(this).addWarningV2("mcfpipe:scraperJar", context.resolve(SCRAPER_JAR)
                    + " is missing: build it before deploying (./mvnw -pl mcfscrape -am package -DskipTests)");
        }
        Map<String, String> env = new LinkedHashMap<>();
        env.put("MCFPIPE_STAGE", stage.name());
        env.put("MCFPIPE_BUCKET", rawPages.getBucketName());
        env.put("MCFPIPE_QUEUE_URL", pages.getQueueUrl());
        env.put("AWS_REGION", getRegion());
        task.addContainer("Scraper", ContainerDefinitionOptions.builder()
                .containerName(SCRAPER_CONTAINER)
                .image(ContainerImage.fromAsset(context.toString(), AssetImageProps.builder()
                        .platform(Platform.LINUX_AMD64)
                        .exclude(List.of("src", "target/*", "!" + SCRAPER_JAR))
                        .build()))
                .environment(env)
                .logging(LogDrivers.awsLogs(AwsLogDriverProps.builder().logGroup(logs).streamPrefix("scrape").build()))
                // an init process reaps the Chromium helper processes the driver leaves behind
                .linuxParameters(LinuxParameters.Builder.create(this, "ScraperLinux").initProcessEnabled(true).build())
                .essential(true)
                .build());

        // what the scraper calls: read search configs and tracks, put/delete raw pages and read/write their queued
        // tag, send page messages
        for (DataTable table : List.of(props.getSearchConfigTable(), props.getTrackTable())) {
            table.grant(task.getTaskRole(), SCRAPER_TABLE_ACTIONS);
        }
        task.addToTaskRolePolicy(PolicyStatement.Builder.create()
                .actions(List.of("s3:PutObject", "s3:DeleteObject", "s3:GetObjectTagging", "s3:PutObjectTagging"))
                .resources(List.of(rawPages.arnForObjects("raw/*")))
                .build());
        // GetObjectTagging of a page not stored yet answers 404 only with ListBucket, 403 without
        task.addToTaskRolePolicy(PolicyStatement.Builder.create()
                .actions(List.of("s3:ListBucket"))
                .resources(List.of(rawPages.getBucketArn()))
                .conditions(Map.of("StringLike", Map.of("s3:prefix", List.of("raw/*"))))
                .build());
        pages.grantSendMessages(task.getTaskRole());

        Acknowledgements.fargateTask(task, "Resource::" + arnToken(rawPages) + "/raw/*", "raw page keys are content hashes"
                + " made at run time: the scraper may put, delete and tag any object under raw/ of its own bucket");
        return task;
    }

    /** Daily: one task over every search config, or one task per search given as context. */
    private void scheduleScrapes(Stage stage, WebscraperStackProps props) {
        List<SearchTarget> searches = props.getSearches();
        if (searches.isEmpty()) {
            schedules.add(schedule(stage, props, "DailyScrape", stage.resourceName("daily-scrape"),
                    "scrape every search config once a day", Map.of()));
            return;
        }
        for (int i = 0; i < searches.size(); i++) {
            SearchTarget search = searches.get(i);
            schedules.add(schedule(stage, props, "DailyScrape" + (i + 1), stage.resourceName("daily-scrape-" + (i + 1)),
                    "scrape '" + search.keywords() + "' once a day", search.environment()));
        }
    }

    private Rule schedule(Stage stage, WebscraperStackProps props, String id, String name, String description,
                          Map<String, String> overrides) {
        Rule rule = Rule.Builder.create(this, id)
                .ruleName(name)
                .description("mcfpipe " + stage + ": " + description)
                .schedule(Schedule.cron(CronOptions.builder().minute("0").hour(SCHEDULE_HOUR_UTC).build()))
                .build();
        List<TaskEnvironmentVariable> env = new ArrayList<>();
        overrides.forEach((k, v) -> env.add(TaskEnvironmentVariable.builder().name(k).value(v).build()));
        EcsTask.Builder target = EcsTask.Builder.create()
                .cluster(cluster)
                .taskDefinition(scraperTask)
                .taskCount(1)
                .launchType(LaunchType.FARGATE)
                .platformVersion(FargatePlatformVersion.LATEST)
                .subnetSelection(props.getPublicSubnets())
                .assignPublicIp(true)
                .securityGroups(List.of(props.getTaskSecurityGroup()));
        if (!env.isEmpty()) {
            target.containerOverrides(List.of(ContainerOverride.builder()
                    .containerName(SCRAPER_CONTAINER).environment(env).build()));
        }
        rule.addTarget(target.build());
        NagSuppressions.addResourceSuppressions(scraperTask, List.of(NagPackSuppression.builder()
                .id("AwsSolutions-IAM5")
                .reason("EventBridge tags the task it starts; task ids are assigned by ECS at start, so the rule's"
                        + " role may tag any task of this cluster only")
                .appliesTo(List.of(RegexAppliesTo.builder()
                        .regex("/^Resource::arn:<AWS::Partition>:ecs:<AWS::Region>:\\*:task\\/<Cluster[A-F0-9]+>\\/\\*$/g")
                        .build()))
                .build()), true);
        return rule;
    }

    private void output(String id, String description, String value) {
        CfnOutput.Builder.create(this, id).description(description).value(value).build();
    }

    /** How cdk-nag writes the ARN of a resource of this stack in its findings: {@code <LogicalId.Arn>}. */
    private String arnToken(Construct construct) {
        return "<" + getLogicalId((CfnElement) construct.getNode().getDefaultChild()) + ".Arn>";
    }

    public Bucket getRawPagesBucket() {
        return rawPages;
    }

    public Queue getPagesQueue() {
        return pages;
    }

    public Queue getDeadLetterQueue() {
        return deadLetters;
    }

    public PrivateJavaFunction getParser() {
        return parser;
    }

    public Cluster getCluster() {
        return cluster;
    }

    public FargateTaskDefinition getScraperTask() {
        return scraperTask;
    }

    public List<Rule> getSchedules() {
        return List.copyOf(schedules);
    }
}

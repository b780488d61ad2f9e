package mcfpipe.infra;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.github.cdklabs.cdknag.AwsSolutionsChecks;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Aspects;
import software.amazon.awscdk.Tags;

/**
 * The mcfpipe CDK app: one stack per layer, each named {@code <stage>-mcfpipe-<layer>}, wired by typed props.
 *
 * <pre>
 *   network     VPC (2 AZs, public + isolated subnets, no NAT), S3/DynamoDB gateway endpoints, security groups
 *   database    tables of db_schema.json; Database API (REST, IAM auth) -> jobdb Lambda (isolated subnets)
 *   webscraper  scraper Fargate task (public subnet) -> S3 raw pages + SQS pages -> mcfparse Lambda -> tables
 *   tester      tester Fargate task -> Database API (execute-api:Invoke)
 *   pipeline    daily schedule + match queue -> jobmatch Lambda -> tables; daily schedule -> report Lambda -> S3 reports/
 * </pre>
 */
public final class McfpipeApp {
    /** Feature flags, set here so `cdk synth` and the tests build the same templates. */
    static final Map<String, Object> FEATURE_FLAGS = Map.of(
            // cross-stack references are CloudFormation exports: a consumer keeps its producer from being removed
            "@aws-cdk/core:defaultCrossStackReferences", "strong",
            "@aws-cdk/aws-iam:minimizePolicies", true,
            "@aws-cdk/core:enablePartitionLiterals", true,
            "@aws-cdk/aws-ecs:arnFormatIncludesClusterName", true,
            "@aws-cdk/aws-ec2:restrictDefaultSecurityGroup", false);

    private McfpipeApp() {
    }

    public static void main(String[] args) {
        App app = new App();
        InfraSettings settings;
        try {
            settings = InfraSettings.fromContext(app.getNode(), projectRoot());
            settings.requireBuildOutputs();
        } catch (IllegalArgumentException | IllegalStateException e) {
            System.err.println("mcfpipe infra: " + e.getMessage());
            System.exit(2);
            return;
        }
        compose(app, settings);
        app.synth();
    }

    /** Builds the five layers of one stage into the app, with tags and the cdk-nag AwsSolutions checks. */
    public static Layers compose(App app, InfraSettings settings) {
        FEATURE_FLAGS.forEach((flag, value) -> {
            if (app.getNode().tryGetContext(flag) == null) {
                app.getNode().setContext(flag, value);
            }
        });
        Stage stage = settings.stage();
        List<TableSchema> tables = TableSchema.load(settings.schemaFile());

        NetworkStack network = new NetworkStack(app, stage.stackName("network"), NetworkStackProps.builder()
                .stage(stage)
                .sshCidr(settings.sshCidr())
                .build());

        DatabaseStack database = new DatabaseStack(app, stage.stackName("database"), DatabaseStackProps.builder()
                .stage(stage)
                .vpc(network.getVpc())
                .privateSubnets(network.getPrivateSubnets())
                .lambdaSecurityGroup(network.getPrivateServiceSecurityGroup())
                .tables(tables)
                .apiJar(settings.apiJar())
                .apiFirewall(settings.apiFirewall())
                .build());

        WebscraperStack webscraper = new WebscraperStack(app, stage.stackName("webscraper"),
                WebscraperStackProps.builder()
                        .stage(stage)
                        .vpc(network.getVpc())
                        .privateSubnets(network.getPrivateSubnets())
                        .publicSubnets(network.getPublicSubnets())
                        .lambdaSecurityGroup(network.getPrivateServiceSecurityGroup())
                        .taskSecurityGroup(network.getPublicTaskSecurityGroup())
                        .jobTable(database.getTable("job"))
                        .jobSearchTable(database.getTable("job_search"))
                        .searchConfigTable(database.getTable("search_config"))
                        .trackTable(database.getTable("track"))
                        .parserJar(settings.parserJar())
                        .scraperImageContext(settings.scraperImageContext())
                        .searches(settings.searches())
                        .build());

        TesterStack tester = new TesterStack(app, stage.stackName("tester"), TesterStackProps.builder()
                .stage(stage)
                .vpc(network.getVpc())
                .publicSubnets(network.getPublicSubnets())
                .taskSecurityGroup(network.getPublicTaskSecurityGroup())
                .api(database.getDatabaseApi())
                .testerImageContext(settings.testerImageContext())
                .build());

        PipelineStack pipeline = new PipelineStack(app, stage.stackName("pipeline"), PipelineStackProps.builder()
                .stage(stage)
                .vpc(network.getVpc())
                .privateSubnets(network.getPrivateSubnets())
                .lambdaSecurityGroup(network.getPrivateServiceSecurityGroup())
                .userTable(database.getTable("user"))
                .keywordTable(database.getTable("keyword"))
                .trackTable(database.getTable("track"))
                .searchConfigTable(database.getTable("search_config"))
                .jobTable(database.getTable("job"))
                .jobSearchTable(database.getTable("job_search"))
                .trackScoreTable(database.getTable("track_score"))
                .crmStatusTable(database.getTable("crm_status"))
                .reportBucket(webscraper.getRawPagesBucket())
                .matchJar(settings.matchJar())
                .reportJar(settings.reportJar())
                .build());

        Tags.of(app).add("project", "mcfpipe");
        Tags.of(app).add("stage", stage.name());
        Aspects.of(app).add(AwsSolutionsChecks.Builder.create().verbose(true).build());
        return new Layers(network, database, webscraper, tester, pipeline);
    }

    private static Path projectRoot() {
        String root = System.getProperty("mcfpipe.root");
        return Path.of(root == null || root.isBlank() ? "." : root).toAbsolutePath().normalize();
    }
}

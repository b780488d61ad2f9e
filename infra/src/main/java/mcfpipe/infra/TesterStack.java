package mcfpipe.infra;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.cdklabs.cdknag.RegexAppliesTo;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.ecr.assets.Platform;
import software.amazon.awscdk.services.ecs.AssetImageProps;
import software.amazon.awscdk.services.ecs.AwsLogDriverProps;
import software.amazon.awscdk.services.ecs.Cluster;
import software.amazon.awscdk.services.ecs.ContainerDefinitionOptions;
import software.amazon.awscdk.services.ecs.ContainerImage;
import software.amazon.awscdk.services.ecs.CpuArchitecture;
import software.amazon.awscdk.services.ecs.FargateTaskDefinition;
import software.amazon.awscdk.services.ecs.LogDrivers;
import software.amazon.awscdk.services.ecs.OperatingSystemFamily;
import software.amazon.awscdk.services.ecs.RuntimePlatform;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.logs.LogGroup;
import software.constructs.Construct;

/**
 * The tester layer: the API test runner as a Fargate task (run on demand by run-tester.yml), with DB_API_URL
 * pointing at this stage's Database API and permission to invoke that API's stage and nothing else.
 */
public class TesterStack extends Stack {
    static final String TESTER_CONTAINER = "tester";
    static final String TESTER_JAR = "target/tester.jar";

    private final Cluster cluster;
    private final FargateTaskDefinition task;
    private final LogGroup logs;

    public TesterStack(Construct scope, String id, TesterStackProps props) {
        super(scope, id, Layers.stackProps(props));
        Stage stage = props.getStage();
        DatabaseApi api = props.getApi();

        cluster = Cluster.Builder.create(this, "Cluster")
                .clusterName(stage.resourceName("tester"))
                .vpc(props.getVpc())
                .build();
        Acknowledgements.containerInsights(cluster);

        task = FargateTaskDefinition.Builder.create(this, "TesterTask")
                .family(stage.resourceName("tester"))
                .cpu(512)
                .memoryLimitMiB(1024)
                .runtimePlatform(RuntimePlatform.builder()
                        .cpuArchitecture(CpuArchitecture.X86_64)
                        .operatingSystemFamily(OperatingSystemFamily.LINUX).build())
                .build();
        logs = LogGroup.Builder.create(this, "TesterLogs")
                .logGroupName("/ecs/" + stage.resourceName("tester"))
                .retention(stage.logRetention())
                .removalPolicy(stage.dataRemovalPolicy())
                .build();
        Map<String, String> env = new LinkedHashMap<>();
        env.put("DB_API_URL", api.url());
        env.put("TESTER_SIGV4_REGION", getRegion());
        env.put("AWS_REGION", getRegion());
        task.addContainer("Tester", ContainerDefinitionOptions.builder()
                .containerName(TESTER_CONTAINER)
                .image(ContainerImage.fromAsset(props.getTesterImageContext().toString(), AssetImageProps.builder()
                        .platform(Platform.LINUX_AMD64)
                        // the image needs the Dockerfile and the built jar only
                        .exclude(List.of("src", "target/*", "!" + TESTER_JAR))
                        .build()))
                .environment(env)
                .logging(LogDrivers.awsLogs(AwsLogDriverProps.builder().logGroup(logs).streamPrefix("test").build()))
                .essential(true)
                .build());

        // execute-api:Invoke on every method and path of this stage of this API, nothing else
        task.addToTaskRolePolicy(PolicyStatement.Builder.create()
                .actions(List.of("execute-api:Invoke"))
                .resources(List.of(api.invokeArn()))
                .build());
        Acknowledgements.fargateTask(task, RegexAppliesTo.builder()
                .regex("/^Resource::arn:<AWS::Partition>:execute-api:<AWS::Region>:<AWS::AccountId>:.*Api.*\\/"
                        + stage.name() + "\\/\\*\\/\\*$/g").build(),
                "the tester calls every route of the API it tests: the resource is"
                + " this API's own deployment stage, any method and path under it");

        output("ClusterName", "ECS cluster of the tester task", cluster.getClusterName());
        output("TaskDefinitionArn", "tester task definition", task.getTaskDefinitionArn());
        output("ContainerName", "the tester container", TESTER_CONTAINER);
        output("LogGroupName", "where the tester task logs", logs.getLogGroupName());
    }

    private void output(String id, String description, String value) {
        CfnOutput.Builder.create(this, id).description(description).value(value).build();
    }

    public Cluster getCluster() {
        return cluster;
    }

    public FargateTaskDefinition getTask() {
        return task;
    }

    public LogGroup getLogGroup() {
        return logs;
    }
}

package mcfpipe.infra;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.github.cdklabs.cdknag.NagPackSuppression;
import io.github.cdklabs.cdknag.NagSuppressions;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Size;
import software.amazon.awscdk.services.ec2.ISecurityGroup;
import software.amazon.awscdk.services.ec2.IVpc;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.lambda.Architecture;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.lambda.Runtime;
import software.amazon.awscdk.services.logs.LogGroup;
import software.constructs.Construct;

/**
 * A Java Lambda from a jar Maven built, in the private isolated subnets, with its own log group (with
 * retention) and a role that holds only what the runtime needs: writing its own log group and managing its
 * network interfaces. Callers add the data permissions the code uses.
 *
 * <p>arm64: Graviton costs 20% less per GB-second and the jars are plain Java, so nothing is CPU-specific.
 * The runtime is java25: the jars are compiled for Java 17 (release 17) and run unchanged on it, while Lambda's
 * java17 runtime is deprecated and can no longer be created (since 2026-07-31).
 */
public class PrivateJavaFunction extends Construct {

    /** What differs between the functions. */
    public record Spec(String functionName, String description, Path jar, String handler, Duration timeout,
                       Map<String, String> environment, Sizing sizing) {

        /** A function of the default size (1 GB, Lambda's 512 MB of /tmp). */
        public Spec(String functionName, String description, Path jar, String handler, Duration timeout,
                    Map<String, String> environment) {
            this(functionName, description, jar, handler, timeout, environment, Sizing.DEFAULT);
        }
    }

    /**
     * Memory (which also buys CPU: a full vCPU at 1,769 MB) and the size of /tmp, the only writable folder.
     */
    public record Sizing(int memoryMiB, int tmpMiB) {
        public static final Sizing DEFAULT = new Sizing(1024, 512);

        public Sizing {
            if (memoryMiB < 128 || memoryMiB > 10240 || tmpMiB < 512 || tmpMiB > 10240) {
                throw new IllegalArgumentException("Lambda takes 128-10240 MB of memory and 512-10240 MB of /tmp, got "
                        + memoryMiB + " and " + tmpMiB);
            }
        }
    }

    private final Function function;
    private final Role role;
    private final LogGroup logGroup;

    public PrivateJavaFunction(Construct scope, String id, Stage stage, Spec spec,
                               IVpc vpc, SubnetSelection subnets, ISecurityGroup securityGroup) {
        super(scope, id);
        logGroup = LogGroup.Builder.create(this, "Logs")
                .logGroupName("/aws/lambda/" + spec.functionName())
                .retention(stage.logRetention())
                .removalPolicy(stage.dataRemovalPolicy())
                .build();
        role = Role.Builder.create(this, "Role")
                .assumedBy(new ServicePrincipal("lambda.amazonaws.com"))
                .description("runs " + spec.functionName())
                .build();
        logGroup.grantWrite(role);
        role.addToPolicy(PolicyStatement.Builder.create()
                .actions(List.of("ec2:CreateNetworkInterface", "ec2:DescribeNetworkInterfaces", "ec2:DescribeSubnets",
                        "ec2:DeleteNetworkInterface", "ec2:AssignPrivateIpAddresses",
                        "ec2:UnassignPrivateIpAddresses"))
                .resources(List.of("*"))
                .build());
        NagSuppressions.addResourceSuppressions(role, List.of(NagPackSuppression.builder()
                .id("AwsSolutions-IAM5")
                .reason("Lambda attaches the function to its VPC subnets by creating and deleting network interfaces"
                        + " whose ids do not exist before the call; these EC2 actions accept no narrower resource")
                .appliesTo(List.of("Resource::*"))
                .build()), true);

        function = Function.Builder.create(this, "Function")
                .functionName(spec.functionName())
                .description(spec.description())
                .runtime(Runtime.JAVA_25)
                .architecture(Architecture.ARM_64)
                .handler(spec.handler())
                .code(Code.fromAsset(spec.jar().toString()))
                .memorySize(spec.sizing().memoryMiB())
                // left out at Lambda's default, so the templates of the default-sized functions stay as they were
                .ephemeralStorageSize(spec.sizing().tmpMiB() == 512 ? null : Size.mebibytes(spec.sizing().tmpMiB()))
                .timeout(spec.timeout())
                .environment(spec.environment())
                .role(role)
                .logGroup(logGroup)
                .vpc(vpc)
                .vpcSubnets(subnets)
                .securityGroups(List.of(securityGroup))
                .build();
        // Lambda checks the network permissions when it creates the function: the policy must exist first.
        function.getNode().addDependency(role);
    }

    public Function getFunction() {
        return function;
    }

    public Role getRole() {
        return role;
    }

    public LogGroup getLogGroup() {
        return logGroup;
    }
}

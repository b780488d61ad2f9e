package mcfpipe.infra;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Fn;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.ec2.FlowLogDestination;
import software.amazon.awscdk.services.ec2.FlowLogOptions;
import software.amazon.awscdk.services.ec2.FlowLogTrafficType;
import software.amazon.awscdk.services.ec2.GatewayVpcEndpointAwsService;
import software.amazon.awscdk.services.ec2.GatewayVpcEndpointOptions;
import software.amazon.awscdk.services.ec2.IVpc;
import software.amazon.awscdk.services.ec2.IpAddresses;
import software.amazon.awscdk.services.ec2.Peer;
import software.amazon.awscdk.services.ec2.Port;
import software.amazon.awscdk.services.ec2.SecurityGroup;
import software.amazon.awscdk.services.ec2.SubnetConfiguration;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.ec2.SubnetType;
import software.amazon.awscdk.services.ec2.Vpc;
import software.amazon.awscdk.services.logs.LogGroup;
import software.constructs.Construct;

/**
 * The network layer: a VPC over two AZs with public subnets (internet gateway, for the Fargate tasks that browse
 * MCF) and private isolated subnets (for the Lambdas, which reach S3 and DynamoDB through gateway endpoints).
 * There is no NAT gateway: nothing private needs the internet, and a NAT would be most of the bill at rest.
 */
public class NetworkStack extends Stack {
    private final Vpc vpc;
    private final SecurityGroup privateServices;
    private final SecurityGroup publicTasks;
    private final Optional<SecurityGroup> adminSsh;

    public NetworkStack(Construct scope, String id, NetworkStackProps props) {
        super(scope, id, Layers.stackProps(props));
        Stage stage = props.getStage();

        LogGroup flowLogs = LogGroup.Builder.create(this, "FlowLogs")
                .retention(stage.logRetention())
                .removalPolicy(stage.dataRemovalPolicy())
                .build();

        vpc = Vpc.Builder.create(this, "Vpc")
                .ipAddresses(IpAddresses.cidr("10.40.0.0/16"))
                .maxAzs(2)
                .natGateways(0)
                .subnetConfiguration(List.of(
                        SubnetConfiguration.builder().name("public").subnetType(SubnetType.PUBLIC)
                                .cidrMask(24).mapPublicIpOnLaunch(false).build(),
                        SubnetConfiguration.builder().name("private").subnetType(SubnetType.PRIVATE_ISOLATED)
                                .cidrMask(24).build()))
                .gatewayEndpoints(Map.of(
                        "S3", GatewayVpcEndpointOptions.builder().service(GatewayVpcEndpointAwsService.S3).build(),
                        "DynamoDB", GatewayVpcEndpointOptions.builder()
                                .service(GatewayVpcEndpointAwsService.DYNAMODB).build()))
                .flowLogs(Map.of("All", FlowLogOptions.builder()
                        .destination(FlowLogDestination.toCloudWatchLogs(flowLogs))
                        .trafficType(FlowLogTrafficType.ALL)
                        .build()))
                // Nothing is ever placed in the default group; restricting it would add a Node.js custom resource.
                .restrictDefaultSecurityGroup(false)
                .build();

        // Lambdas in the isolated subnets: no inbound; outbound HTTPS only, and the isolated route tables send
        // that only to the S3 and DynamoDB gateway endpoints (no internet route exists there).
        privateServices = SecurityGroup.Builder.create(this, "PrivateServices")
                .vpc(vpc)
                .description("mcfpipe Lambdas in private isolated subnets: HTTPS out to the gateway endpoints only")
                .allowAllOutbound(false)
                .build();
        privateServices.addEgressRule(Peer.anyIpv4(), Port.tcp(443), "HTTPS to S3 and DynamoDB gateway endpoints");

        // Fargate tasks in the public subnets: they browse MCF and pull images, and accept nothing inbound.
        publicTasks = SecurityGroup.Builder.create(this, "PublicTasks")
                .vpc(vpc)
                .description("mcfpipe Fargate tasks in public subnets: outbound web only, no inbound")
                .allowAllOutbound(false)
                .build();
        publicTasks.addEgressRule(Peer.anyIpv4(), Port.tcp(443), "HTTPS: MCF, ECR, CloudWatch Logs, AWS APIs");
        publicTasks.addEgressRule(Peer.anyIpv4(), Port.tcp(80), "HTTP: redirects the browser follows to HTTPS");

        adminSsh = props.getSshCidr().map(cidr -> {
            requireNarrowCidr(cidr);
            SecurityGroup ssh = SecurityGroup.Builder.create(this, "AdminSsh")
                    .vpc(vpc)
                    .description("SSH from the admin CIDR given as context (-c sshCidr=...), for ad hoc debug hosts")
                    .allowAllOutbound(false)
                    .build();
            ssh.addIngressRule(Peer.ipv4(cidr), Port.tcp(22), "SSH from the admin CIDR only");
            return ssh;
        });
        outputs();
    }

    private void outputs() {
        // read by run-tester.yml to start tasks: where they run and with which group
        CfnOutput.Builder.create(this, "PublicSubnetIds")
                .description("public subnets for Fargate tasks (comma-separated)")
                .value(Fn.join(",", vpc.selectSubnets(getPublicSubnets()).getSubnetIds()))
                .build();
        CfnOutput.Builder.create(this, "PublicTaskSecurityGroupId")
                .description("outbound-only security group for Fargate tasks")
                .value(publicTasks.getSecurityGroupId())
                .build();
    }

    /** An SSH CIDR is a person's address range, never the whole internet. */
    static void requireNarrowCidr(String cidr) {
        if (!cidr.matches("\\d{1,3}(\\.\\d{1,3}){3}/\\d{1,2}")) {
            throw new IllegalArgumentException("sshCidr must be an IPv4 CIDR like 203.0.113.7/32, got '" + cidr + "'");
        }
        int bits = Integer.parseInt(cidr.substring(cidr.indexOf('/') + 1));
        if (bits < 8 || bits > 32) {
            throw new IllegalArgumentException("sshCidr " + cidr + " is too wide: SSH is opened to an admin range"
                    + " (/8 to /32), never to 0.0.0.0/0");
        }
    }

    public IVpc getVpc() {
        return vpc;
    }

    /** Where the Lambdas go: the isolated subnets of both AZs. */
    public SubnetSelection getPrivateSubnets() {
        return SubnetSelection.builder().subnetType(SubnetType.PRIVATE_ISOLATED).build();
    }

    /** Where the Fargate tasks go: the public subnets, with a public IP and no inbound rule. */
    public SubnetSelection getPublicSubnets() {
        return SubnetSelection.builder().subnetType(SubnetType.PUBLIC).build();
    }

    public SecurityGroup getPrivateServiceSecurityGroup() {
        return privateServices;
    }

    public SecurityGroup getPublicTaskSecurityGroup() {
        return publicTasks;
    }

    public Optional<SecurityGroup> getAdminSshSecurityGroup() {
        return adminSsh;
    }
}

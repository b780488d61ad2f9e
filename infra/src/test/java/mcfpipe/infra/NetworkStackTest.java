package mcfpipe.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

class NetworkStackTest {
    private static Template template;
    private static JsonNode tree;

    @BeforeAll
    static void synth() {
        template = Template.fromStack(TestApps.dev().network());
        tree = TestApps.tree(template);
    }

    @Test
    void oneVpcOverTwoAzsWithTwoPublicAndTwoIsolatedSubnets() {
        template.resourceCountIs("AWS::EC2::VPC", 1);
        Map<String, JsonNode> subnets = TestApps.resources(tree, "AWS::EC2::Subnet");
        assertEquals(4, subnets.size());
        Map<String, Integer> byType = new java.util.TreeMap<>();
        Set<String> azs = new TreeSet<>();
        for (JsonNode subnet : subnets.values()) {
            for (JsonNode tag : subnet.path("Properties").path("Tags")) {
                if ("aws-cdk:subnet-type".equals(tag.path("Key").asText())) {
                    byType.merge(tag.path("Value").asText(), 1, Integer::sum);
                }
            }
            azs.add(subnet.path("Properties").path("AvailabilityZone").toString());
        }
        assertEquals(Map.of("Isolated", 2, "Public", 2), byType);
        assertEquals(2, azs.size(), "subnets spread over two AZs");
    }

    @Test
    void internetGatewayButNoNatGateway() {
        template.resourceCountIs("AWS::EC2::InternetGateway", 1);
        template.resourceCountIs("AWS::EC2::VPCGatewayAttachment", 1);
        template.resourceCountIs("AWS::EC2::NatGateway", 0);
        template.resourceCountIs("AWS::EC2::EIP", 0);
        // the only default routes are the public subnets' routes to the internet gateway
        Map<String, JsonNode> routes = TestApps.resources(tree, "AWS::EC2::Route");
        assertEquals(2, routes.size());
        for (JsonNode route : routes.values()) {
            assertEquals("0.0.0.0/0", route.path("Properties").path("DestinationCidrBlock").asText());
            assertTrue(route.path("Properties").has("GatewayId"), "default route goes to the internet gateway");
        }
    }

    @Test
    void gatewayEndpointsForS3AndDynamoDb() {
        Map<String, JsonNode> endpoints = TestApps.resources(tree, "AWS::EC2::VPCEndpoint");
        Set<String> services = new TreeSet<>();
        for (JsonNode endpoint : endpoints.values()) {
            assertEquals("Gateway", endpoint.path("Properties").path("VpcEndpointType").asText());
            String name = endpoint.path("Properties").path("ServiceName").toString();
            services.add(name.contains(".dynamodb") ? "dynamodb" : name.contains(".s3") ? "s3" : name);
            // routed from every route table (public and isolated)
            assertEquals(4, endpoint.path("Properties").path("RouteTableIds").size());
        }
        assertEquals(Set.of("dynamodb", "s3"), services);
    }

    @Test
    void flowLogsToALogGroupWithRetention() {
        template.hasResourceProperties("AWS::EC2::FlowLog", Map.of(
                "ResourceType", "VPC", "TrafficType", "ALL", "LogDestinationType", "cloud-watch-logs"));
        template.allResourcesProperties("AWS::Logs::LogGroup", Map.of("RetentionInDays", 14));
    }

    @Test
    void noInboundRuleAnywhereByDefault() {
        template.resourceCountIs("AWS::EC2::SecurityGroupIngress", 0);
        for (JsonNode group : TestApps.resources(tree, "AWS::EC2::SecurityGroup").values()) {
            assertFalse(group.path("Properties").has("SecurityGroupIngress"), group.toString());
        }
    }

    @Test
    void publicTasksGoOutOnWebPortsOnly() {
        template.hasResourceProperties("AWS::EC2::SecurityGroup", Map.of(
                "GroupDescription", Match.stringLikeRegexp("Fargate tasks in public subnets.*"),
                "SecurityGroupEgress", List.of(
                        Match.objectLike(Map.of("IpProtocol", "tcp", "FromPort", 443, "ToPort", 443)),
                        Match.objectLike(Map.of("IpProtocol", "tcp", "FromPort", 80, "ToPort", 80)))));
        template.hasResourceProperties("AWS::EC2::SecurityGroup", Map.of(
                "GroupDescription", Match.stringLikeRegexp("mcfpipe Lambdas in private isolated subnets.*"),
                "SecurityGroupEgress", List.of(
                        Match.objectLike(Map.of("IpProtocol", "tcp", "FromPort", 443, "ToPort", 443)))));
    }

    @Test
    void outputsTheTaskNetworkForRunTester() {
        template.hasOutput("PublicSubnetIds", Match.anyValue());
        template.hasOutput("PublicTaskSecurityGroupId", Match.anyValue());
    }

    @Test
    void sshOnlyFromTheGivenCidr() {
        Template withSsh = Template.fromStack(TestApps.compose(
                TestApps.settings("dev", "203.0.113.7/32", List.of())).network());
        withSsh.hasResourceProperties("AWS::EC2::SecurityGroup", Map.of(
                "SecurityGroupIngress", List.of(Map.of("CidrIp", "203.0.113.7/32", "IpProtocol", "tcp",
                        "FromPort", 22, "ToPort", 22, "Description", "SSH from the admin CIDR only"))));
        JsonNode ssh = TestApps.tree(withSsh);
        int ingressRules = 0;
        for (JsonNode group : TestApps.resources(ssh, "AWS::EC2::SecurityGroup").values()) {
            ingressRules += group.path("Properties").path("SecurityGroupIngress").size();
        }
        assertEquals(1, ingressRules);
    }

    @Test
    void sshIsNeverOpenedToTheWorld() {
        assertThrows(IllegalArgumentException.class, () -> NetworkStack.requireNarrowCidr("0.0.0.0/0"));
        assertThrows(IllegalArgumentException.class, () -> NetworkStack.requireNarrowCidr("10.0.0.0/4"));
        assertThrows(IllegalArgumentException.class, () -> NetworkStack.requireNarrowCidr("::/0"));
        assertThrows(IllegalArgumentException.class, () -> NetworkStack.requireNarrowCidr("office"));
        NetworkStack.requireNarrowCidr("198.51.100.0/24");
    }
}

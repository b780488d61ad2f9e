package mcfpipe.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Template;

/** No role may act on Resource "*" unless the action accepts nothing narrower; no wildcard actions at all. */
class IamPolicyTest {
    /** Actions that AWS authorizes only on "*". */
    private static final Set<String> ONLY_ON_ANY_RESOURCE = Set.of(
            "ecr:GetAuthorizationToken",
            "ec2:CreateNetworkInterface", "ec2:DescribeNetworkInterfaces", "ec2:DescribeSubnets",
            "ec2:DeleteNetworkInterface", "ec2:AssignPrivateIpAddresses", "ec2:UnassignPrivateIpAddresses");

    @Test
    void resourceStarOnlyWhereNoResourceCanBeNamed() {
        List<String> offending = new ArrayList<>();
        Layers layers = TestApps.dev();
        for (Stack stack : layers.stacks()) {
            JsonNode tree = TestApps.tree(Template.fromStack(stack));
            for (JsonNode policy : TestApps.resources(tree, "AWS::IAM::Policy").values()) {
                for (JsonNode statement : policy.path("Properties").path("PolicyDocument").path("Statement")) {
                    List<String> actions = new ArrayList<>();
                    JsonNode action = statement.path("Action");
                    if (action.isArray()) {
                        action.forEach(a -> actions.add(a.asText()));
                    } else {
                        actions.add(action.asText());
                    }
                    for (String a : actions) {
                        if (a.equals("*") || a.endsWith(":*")) {
                            offending.add(stack.getStackName() + ": wildcard action " + a);
                        }
                    }
                    JsonNode resource = statement.path("Resource");
                    boolean star = resource.isTextual() ? resource.asText().equals("*")
                            : resource.toString().contains("\"*\"");
                    if (star && !ONLY_ON_ANY_RESOURCE.containsAll(actions)) {
                        offending.add(stack.getStackName() + ": Resource * for " + actions);
                    }
                }
            }
        }
        assertEquals(List.of(), offending);
    }
}

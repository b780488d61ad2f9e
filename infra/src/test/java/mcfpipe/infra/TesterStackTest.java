package mcfpipe.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

class TesterStackTest {
    private static Template template;
    private static JsonNode tree;

    @BeforeAll
    static void synth() {
        template = Template.fromStack(TestApps.dev().tester());
        tree = TestApps.tree(template);
    }

    @Test
    void testerTaskGetsTheApiUrlAndSigningRegion() {
        template.hasResourceProperties("AWS::ECS::TaskDefinition", Map.of(
                "Family", "dev-mcfpipe-tester",
                "RequiresCompatibilities", List.of("FARGATE"),
                "ContainerDefinitions", List.of(Match.objectLike(Map.of(
                        "Name", "tester",
                        "Environment", Match.arrayWith(List.of(
                                Map.of("Name", "TESTER_SIGV4_REGION", "Value", Map.of("Ref", "AWS::Region")))))))));
        JsonNode env = TestApps.resources(tree, "AWS::ECS::TaskDefinition").values().iterator().next()
                .path("Properties").path("ContainerDefinitions").get(0).path("Environment");
        String url = null;
        for (JsonNode e : env) {
            if (e.path("Name").asText().equals("DB_API_URL")) {
                url = e.path("Value").toString();
            }
        }
        assertTrue(url != null && url.contains("dev-mcfpipe-database:ExportsOutputRefApi")
                && url.contains("execute-api") && url.endsWith("\"/dev/\"]]}"), "DB_API_URL: " + url);
    }

    @Test
    void testerMayInvokeThisApiStageOnly() {
        List<JsonNode> invoke = new java.util.ArrayList<>();
        for (JsonNode policy : TestApps.resources(tree, "AWS::IAM::Policy").values()) {
            for (JsonNode statement : policy.path("Properties").path("PolicyDocument").path("Statement")) {
                if (statement.path("Action").toString().contains("execute-api")) {
                    invoke.add(statement);
                }
            }
        }
        assertEquals(1, invoke.size());
        JsonNode statement = invoke.get(0);
        assertEquals("execute-api:Invoke", statement.path("Action").asText());
        String resource = statement.path("Resource").toString();
        assertTrue(resource.contains("dev-mcfpipe-database:ExportsOutputRefApi") && resource.contains("/dev/*/*"),
                resource);
    }

    @Test
    void outputsWhatRunTesterNeeds() {
        for (String output : List.of("ClusterName", "TaskDefinitionArn", "ContainerName", "LogGroupName")) {
            template.hasOutput(output, Match.anyValue());
        }
        template.allResourcesProperties("AWS::Logs::LogGroup", Match.objectLike(Map.of("RetentionInDays", 14)));
    }
}

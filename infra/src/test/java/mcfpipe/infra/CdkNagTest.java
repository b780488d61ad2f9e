package mcfpipe.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Annotations;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.cxapi.SynthesisMessage;

/** The AwsSolutions pack of cdk-nag runs on every stack of both stages: no finding is left unacknowledged. */
class CdkNagTest {

    private static List<Stack> stacks(String stage) {
        Layers layers = "prod".equals(stage) ? TestApps.prod() : TestApps.dev();
        return layers.stacks();
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void noUnacknowledgedFindingOnAnyStack(String stage) {
        List<String> findings = new ArrayList<>();
        for (Stack stack : stacks(stage)) {
            Template.fromStack(stack); // synthesizes the app: the nag aspect runs
            Annotations annotations = Annotations.fromStack(stack);
            for (SynthesisMessage m : annotations.findError("*", Match.stringLikeRegexp("AwsSolutions-.*"))) {
                findings.add("error " + m.getId() + ": " + m.getEntry().getData());
            }
            for (SynthesisMessage m : annotations.findWarning("*", Match.stringLikeRegexp("AwsSolutions-.*"))) {
                findings.add("warning " + m.getId() + ": " + m.getEntry().getData());
            }
        }
        assertEquals(List.of(), findings);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyAcknowledgementCarriesAReason(String stage) {
        int acknowledged = 0;
        for (Stack stack : stacks(stage)) {
            JsonNode tree = TestApps.tree(Template.fromStack(stack));
            var resources = tree.path("Resources").fields();
            while (resources.hasNext()) {
                JsonNode rules = resources.next().getValue().path("Metadata").path("cdk_nag").path("rules_to_suppress");
                for (JsonNode rule : rules) {
                    String reason = rule.path("reason").asText();
                    assertTrue(rule.path("id").asText().startsWith("AwsSolutions-"), rule.toString());
                    assertTrue(reason.length() >= 60 && reason.contains(" "), "a real reason: " + rule);
                    assertFalse(reason.toLowerCase().matches(".*\\b(todo|fixme|n/a|tbd)\\b.*"), rule.toString());
                    acknowledged++;
                }
            }
        }
        assertTrue(acknowledged > 0, "the acknowledgements are written to the templates");
    }
}

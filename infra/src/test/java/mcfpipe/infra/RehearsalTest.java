package mcfpipe.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * scripts/rehearse-deploy over the synthesized dev app: moto_server on 127.0.0.1 takes the bootstrap resources,
 * the jars and the five stacks in layer order, and the script checks what they created. Then the real code runs on
 * it: the tester against the API served over the database stack's tables, and a replay of the recorded pages
 * through the webscraper stack's bucket and queue.
 */
class RehearsalTest {

    @Test
    void stacksDeployInLayerOrderIntoMoto() {
        Processes.requireOnPath("moto_server", "pip install 'moto[server]'");
        Processes.requireOnPath("aws", "pip install awscli");
        Path assembly = TestApps.assembly(TestApps.dev());
        Path script = TestApps.projectRoot().resolve("scripts/rehearse-deploy");
        Processes.Result result = Processes.run(TestApps.projectRoot(), 600,
                List.of("bash", script.toString(), "--stage", "dev", "--cdk-out", assembly.toString()));
        assertEquals(0, result.exitCode(), result.output());
        String out = result.output();
        for (String layer : Layers.DEPLOY_ORDER) {
            assertTrue(out.contains("dev-mcfpipe-" + layer + ": CREATE_COMPLETE"), out);
        }
        assertTrue(out.indexOf("dev-mcfpipe-network: CREATE_COMPLETE") < out.indexOf("dev-mcfpipe-database: CREATE")
                && out.indexOf("dev-mcfpipe-database: CREATE") < out.indexOf("dev-mcfpipe-webscraper: CREATE")
                && out.indexOf("dev-mcfpipe-webscraper: CREATE") < out.indexOf("dev-mcfpipe-tester: CREATE")
                && out.indexOf("dev-mcfpipe-tester: CREATE") < out.indexOf("dev-mcfpipe-pipeline: CREATE"), out);
        assertTrue(out.matches("(?s).*rehearsal: 5 stacks deployed in order"
                + " \\(network database webscraper tester pipeline\\), \\d+ checks passed.*"), out);
        assertTrue(out.matches("(?s).*on the database stack's tables: \\d+ passed, 0 failed\n.*"), out);
        assertTrue(out.contains("rehearsal: replay through the webscraper stack's bucket and queue:"
                + " summary: pages=2 cards=22 posts=1 jobs=22 missing=21 failed=0 dlq=0 raw_objects=2"), out);
    }
}

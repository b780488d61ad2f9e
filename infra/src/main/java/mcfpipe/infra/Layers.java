package mcfpipe.infra;

import java.util.List;

import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;

/** The five layers of one stage, as the app built them, in deploy order. */
public record Layers(NetworkStack network, DatabaseStack database, WebscraperStack webscraper, TesterStack tester,
                     PipelineStack pipeline) {

    /**
     * The layer names, in the order they deploy: each needs some of the ones before it (tester: network and
     * database; pipeline: network, database and the webscraper's bucket).
     */
    public static final List<String> DEPLOY_ORDER = List.of("network", "database", "webscraper", "tester", "pipeline");

    /** The stacks, in deploy order. */
    public List<Stack> stacks() {
        return List.of(network, database, webscraper, tester, pipeline);
    }

    /**
     * A plain StackProps from a stack's typed props: jsii receives its own struct, and our interfaces keep the
     * typed getters (VPC, tables, API) on the Java side. Stacks are environment-agnostic: synth needs no account.
     */
    static StackProps stackProps(StackProps typed) {
        return StackProps.builder()
                .stackName(typed.getStackName())
                .description(typed.getDescription())
                .terminationProtection(typed.getTerminationProtection())
                .build();
    }
}

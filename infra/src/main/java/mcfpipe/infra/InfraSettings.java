package mcfpipe.infra;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import software.constructs.Node;

/**
 * Everything the app is built from: the stage and options given as context, and the build outputs it packages
 * (Lambda jars, Docker contexts, the schema). Tests pass stand-ins; `npx cdk synth` uses the real files.
 */
public record InfraSettings(Stage stage, Path schemaFile, Path apiJar, Path parserJar, Path matchJar,
                            Path reportJar, Path scraperImageContext, Path testerImageContext,
                            String sshCidr, List<SearchTarget> searches, boolean apiFirewall) {

    /** The command that builds the Lambda jars; named whenever one is missing. */
    public static final String BUILD_LAMBDAS = "./mvnw -pl jobdb,mcfparse,jobmatch,jobpipe -am package -DskipTests";

    public InfraSettings {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(schemaFile, "schemaFile");
        Objects.requireNonNull(apiJar, "apiJar");
        Objects.requireNonNull(parserJar, "parserJar");
        Objects.requireNonNull(matchJar, "matchJar");
        Objects.requireNonNull(reportJar, "reportJar");
        Objects.requireNonNull(scraperImageContext, "scraperImageContext");
        Objects.requireNonNull(testerImageContext, "testerImageContext");
        searches = List.copyOf(searches);
    }

    /**
     * Reads {@code -c stage=dev|prod} (default dev), {@code -c sshCidr=203.0.113.7/32},
     * {@code -c searches=[...]} and {@code -c apiFirewall=false}; the build outputs sit under the project root.
     */
    public static InfraSettings fromContext(Node context, Path root) {
        return new InfraSettings(
                Stage.of(text(context, "stage", "dev")),
                root.resolve("storage/db_schema.json"),
                root.resolve("jobdb/target/jobdb-lambda.jar"),
                root.resolve("mcfparse/target/mcfparse-lambda.jar"),
                root.resolve("jobmatch/target/jobmatch-lambda.jar"),
                root.resolve("jobpipe/target/jobpipe-lambda.jar"),
                root.resolve("mcfscrape"),
                root.resolve("tester"),
                text(context, "sshCidr", null),
                SearchTarget.parseList(text(context, "searches", null)),
                Boolean.parseBoolean(text(context, "apiFirewall", "true")));
    }

    /** Fails with one line naming what is missing and the command that makes it. */
    public void requireBuildOutputs() {
        for (Path jar : List.of(apiJar, parserJar, matchJar, reportJar)) {
            if (!Files.isRegularFile(jar)) {
                throw new IllegalStateException("Lambda jar " + jar + " is missing: build it with " + BUILD_LAMBDAS);
            }
        }
        if (!Files.isRegularFile(schemaFile)) {
            throw new IllegalStateException("data model " + schemaFile + " is missing: run from the project root");
        }
        for (Path context : List.of(scraperImageContext, testerImageContext)) {
            if (!Files.isRegularFile(context.resolve("Dockerfile"))) {
                throw new IllegalStateException("Docker context " + context + " has no Dockerfile: the image of"
                        + " that task cannot be defined without it");
            }
        }
    }

    private static String text(Node context, String key, String fallback) {
        Object value = context.tryGetContext(key);
        if (value == null) {
            return fallback;
        }
        if (value instanceof String s) {
            return s;
        }
        try {
            // a list or flag written in cdk.json arrives as JSON-like Java values
            return value instanceof Boolean || value instanceof Number ? value.toString()
                    : new ObjectMapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("context " + key + " is not readable: " + e.getOriginalMessage());
        }
    }
}

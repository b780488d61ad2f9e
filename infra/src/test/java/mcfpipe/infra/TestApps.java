package mcfpipe.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;

/**
 * Builds the app for tests over stand-in build outputs: a small placeholder jar per Lambda and a Docker context
 * with a Dockerfile per task, in a temp folder, so the stacks synthesize before (or without) the real jars.
 */
final class TestApps {
    private TestApps() {
    }

    static Path projectRoot() {
        String root = System.getProperty("mcfpipe.root");
        Path path = root == null || root.isBlank() ? Path.of("..") : Path.of(root);
        return path.toAbsolutePath().normalize();
    }

    static Path schemaFile() {
        return projectRoot().resolve("storage/db_schema.json");
    }

    static InfraSettings settings(String stage) {
        return settings(stage, null, List.of());
    }

    static InfraSettings settings(String stage, String sshCidr, List<SearchTarget> searches) {
        Path dir = standInOutputs();
        return new InfraSettings(Stage.of(stage), schemaFile(), dir.resolve("jobdb-lambda.jar"),
                dir.resolve("mcfparse-lambda.jar"), dir.resolve("jobmatch-lambda.jar"),
                dir.resolve("jobpipe-lambda.jar"), dir.resolve("mcfscrape"), dir.resolve("tester"),
                sshCidr, searches, true);
    }

    /** The app with the given settings, synthesized into a fresh folder (or a given one). */
    static Layers compose(InfraSettings settings, Path outdir) {
        App app = new App(AppProps.builder()
                .outdir(outdir == null ? tempDir("cdk-out").toString() : outdir.toString())
                .context(Map.of("aws:cdk:bundling-stacks", List.of()))
                .build());
        return McfpipeApp.compose(app, settings);
    }

    static Layers compose(InfraSettings settings) {
        return compose(settings, null);
    }

    private static Path outputs;
    private static Layers dev;
    private static Layers prod;

    /** The default dev app (no SSH, one scrape target), composed once per test run and shared by the classes. */
    static synchronized Layers dev() {
        if (dev == null) {
            dev = compose(settings("dev"));
        }
        return dev;
    }

    /** The default prod app, composed once per test run. */
    static synchronized Layers prod() {
        if (prod == null) {
            prod = compose(settings("prod"));
        }
        return prod;
    }

    /** Synthesizes the app of these layers (once; later calls return the same assembly folder). */
    static Path assembly(Layers layers) {
        software.amazon.awscdk.App app = (software.amazon.awscdk.App) layers.network().getNode().getRoot();
        return Path.of(app.synth().getDirectory());
    }

    /** A template as a JSON tree, for walking resources without casts. */
    static com.fasterxml.jackson.databind.JsonNode tree(software.amazon.awscdk.assertions.Template template) {
        return new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(template.toJSON());
    }

    /** The resources of one type in a template tree, by logical id. */
    static Map<String, com.fasterxml.jackson.databind.JsonNode> resources(com.fasterxml.jackson.databind.JsonNode tree,
                                                                          String type) {
        Map<String, com.fasterxml.jackson.databind.JsonNode> found = new java.util.LinkedHashMap<>();
        tree.path("Resources").fields().forEachRemaining(e -> {
            if (type.equals(e.getValue().path("Type").asText())) {
                found.put(e.getKey(), e.getValue());
            }
        });
        return found;
    }

    private static synchronized Path standInOutputs() {
        if (outputs != null) {
            return outputs;
        }
        Path dir = tempDir("build-outputs");
        try {
            // a jar is a zip: the empty-archive record is enough for Code.fromAsset and for the rehearsal
            byte[] emptyZip = {0x50, 0x4b, 0x05, 0x06, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
            Files.write(dir.resolve("jobdb-lambda.jar"), emptyZip);
            for (String jar : List.of("mcfparse", "jobmatch", "jobpipe")) {
                Files.write(dir.resolve(jar + "-lambda.jar"), emptyZip);
            }
            for (String task : List.of("mcfscrape", "tester")) {
                Path context = Files.createDirectories(dir.resolve(task));
                Files.writeString(context.resolve("Dockerfile"), "FROM scratch\n");
            }
            Files.createDirectories(dir.resolve("mcfscrape/target"));
            Files.writeString(dir.resolve("mcfscrape/target/mcfscrape-task.jar"), "stand-in");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        outputs = dir;
        return dir;
    }

    static Path tempDir(String prefix) {
        try {
            Path dir = Files.createTempDirectory("mcfpipe-infra-" + prefix);
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package mcfpipe.jobmatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;
import mcfpipe.standins.Dynalite;
import mcfpipe.storage.aws.AwsClients;
import org.junit.jupiter.api.Test;

/** The shaded Lambda jar: the url-connection HTTP client only, and the handler runs from it alone. */
class JarIT {
    private static final Path JAR = Path.of("target/jobmatch-lambda.jar");

    @Test
    void noUnusedHttpClientIsInside() throws IOException {
        List<String> unwanted = new ArrayList<>();
        try (ZipFile zip = new ZipFile(JAR.toFile())) {
            zip.stream().map(e -> e.getName()).filter(n -> n.startsWith("software/amazon/awssdk/http/apache")
                    || n.startsWith("software/amazon/awssdk/http/nio") || n.startsWith("org/apache/http")
                    || n.startsWith("org/apache/hc") || n.startsWith("io/netty"))
                    .limit(5).forEach(unwanted::add);
            assertTrue(zip.getEntry("software/amazon/awssdk/http/urlconnection/UrlConnectionHttpClient.class") != null);
            assertTrue(zip.getEntry("mcfpipe/jobmatch/MatchHandler.class") != null);
            assertTrue(zip.getEntry("mcfpipe/jobmatch/demo-seed.json") != null);
            assertTrue(zip.getEntry("db_schema.json") != null);
        }
        assertEquals(List.of(), unwanted, "unused HTTP clients crept into the jar");
    }

    @Test
    void handlerRunsFromTheJarAlone() throws Exception {
        try (Dynalite dynalite = Dynalite.start(null)) {
            Path probe = Path.of(ShadedJarProbe.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", JAR.toAbsolutePath() + File.pathSeparator + probe, ShadedJarProbe.class.getName());
            pb.environment().put(AwsClients.endpointVariable("dynamodb"), dynalite.endpoint());
            pb.environment().put("MCFPIPE_STAGE", "it");
            pb.environment().remove("MCFPIPE_TABLE_PREFIX");
            pb.environment().put("AWS_REGION", "ap-southeast-1");
            pb.redirectErrorStream(true);
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(120, TimeUnit.SECONDS));
            assertEquals(0, p.exitValue(), out);
            assertTrue(out.contains("seeded 39"), out);
            assertTrue(out.contains("result {users=1, jobs=1, scores_written=1, screened=1}"), out);
            assertTrue(out.contains("\"kw\":{\"hit\":[\"electrical\",\"design\",\"safety\"],\"of\":8,\"part\":0.375}"), out);
        }
    }
}

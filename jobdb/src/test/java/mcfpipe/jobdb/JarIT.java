package mcfpipe.jobdb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;
import mcfpipe.standins.Dynalite;
import mcfpipe.storage.aws.AwsClients;
import mcfpipe.storage.schema.Schema;
import mcfpipe.storage.store.TableStore;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The shaded Lambda jar: small, with the url-connection HTTP client only, and it runs on its own. */
class JarIT {
    private static final Path JAR = Path.of("target/jobdb-lambda.jar");
    private static final long MAX_BYTES = 10_000_000L; // 10 MB, counted strictly

    @Test
    void jarIsAtMostTenMegabytes() throws IOException {
        long size = Files.size(JAR);
        assertTrue(size <= MAX_BYTES, "jobdb-lambda.jar is " + size + " bytes, over 10 MB");
    }

    @Test
    void noUnusedHttpClientIsInside() throws IOException {
        List<String> unwanted = new ArrayList<>();
        try (ZipFile zip = new ZipFile(JAR.toFile())) {
            zip.stream().map(e -> e.getName()).filter(n -> n.startsWith("software/amazon/awssdk/http/apache")
                    || n.startsWith("software/amazon/awssdk/http/nio") || n.startsWith("org/apache/http")
                    || n.startsWith("org/apache/hc") || n.startsWith("io/netty") || n.startsWith("org/joda"))
                    .limit(5).forEach(unwanted::add);
            assertTrue(zip.getEntry("software/amazon/awssdk/http/urlconnection/UrlConnectionHttpClient.class") != null,
                    "the url-connection client must be inside");
            assertTrue(zip.getEntry("db_schema.json") != null, "the schema must be inside");
        }
        assertEquals(List.of(), unwanted, "unused HTTP clients crept into the jar");
    }

    @Test
    void handlerRunsFromTheJarAlone() throws Exception {
        try (Dynalite dynalite = Dynalite.start(null);
             DynamoDbClient ddb = AwsClients.configure(DynamoDbClient.builder(), dynalite.endpoint(), System.getenv()).build()) {
            new TableStore(ddb, Schema.loadDefault(), "it_mcfpipe_", Clock.systemUTC()).createTables();
            Path probe = Path.of(ShadedJarProbe.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", JAR.toAbsolutePath() + java.io.File.pathSeparator + probe, ShadedJarProbe.class.getName());
            pb.environment().put(AwsClients.endpointVariable("dynamodb"), dynalite.endpoint());
            pb.environment().put("MCFPIPE_TABLE_PREFIX", "it_mcfpipe_");
            pb.environment().put("AWS_REGION", "ap-southeast-1");
            pb.redirectErrorStream(true);
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(60, TimeUnit.SECONDS));
            assertEquals(0, p.exitValue(), out);
            assertTrue(out.contains("create 201"), out);
            assertTrue(out.contains("read 200") && out.contains("\"position\":\"Data Engineer\""), out);
        }
    }

}

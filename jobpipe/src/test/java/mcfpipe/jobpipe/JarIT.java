package mcfpipe.jobpipe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import mcfpipe.standins.S3Mock;
import mcfpipe.storage.aws.AwsClients;
import mcfpipe.storage.store.TableStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.S3Client;

/** The shaded Lambda jar: small, Linux-only SQLite natives, the url-connection client only, and it runs on its own. */
class JarIT {
    private static final Path JAR = Path.of("target/jobpipe-lambda.jar");
    private static final long MAX_BYTES = 20_000_000L;

    @Test
    void jarStaysSmall() throws IOException {
        long size = Files.size(JAR);
        assertTrue(size <= MAX_BYTES, "jobpipe-lambda.jar is " + size + " bytes, over " + MAX_BYTES);
    }

    @Test
    void onlyLambdasSqliteNativesAndHttpClientAreInside() throws IOException {
        try (ZipFile zip = new ZipFile(JAR.toFile())) {
            List<String> natives = zip.stream().map(ZipEntry::getName)
                    .filter(n -> n.startsWith("org/sqlite/native/") && !n.endsWith("/")).sorted().toList();
            assertEquals(List.of("org/sqlite/native/Linux/aarch64/libsqlitejdbc.so", "org/sqlite/native/Linux/x86_64/libsqlitejdbc.so"),
                    natives);
            List<String> unwanted = zip.stream().map(ZipEntry::getName).filter(n -> n.startsWith("software/amazon/awssdk/http/apache")
                    || n.startsWith("software/amazon/awssdk/http/nio") || n.startsWith("org/apache/http")
                    || n.startsWith("org/apache/hc") || n.startsWith("io/netty")).limit(5).toList();
            assertEquals(List.of(), unwanted, "unused HTTP clients crept into the jar");
            assertTrue(zip.getEntry("software/amazon/awssdk/http/urlconnection/UrlConnectionHttpClient.class") != null);
            assertTrue(zip.getEntry("db_schema.json") != null, "the schema must be inside");
            assertTrue(zip.getEntry("mcfpipe/jobpipe/report/report.css") != null, "the report's style sheet must be inside");
        }
    }

    @Test
    void handlerRunsFromTheJarAlone(@TempDir Path tmp) throws Exception {
        String prefix = "it_mcfpipe_";
        String bucket = "it-mcfpipe-reports";
        try (LocalDynamo dynamo = new LocalDynamo(); S3Mock s3Mock = S3Mock.start(null);
             S3Client s3 = AwsClients.configure(S3Client.builder(), s3Mock.endpoint(), System.getenv()).forcePathStyle(true).build()) {
            TableStore store = dynamo.newStore(Clock.systemUTC(), prefix);
            DemoScores.writeAll(store);
            s3.createBucket(b -> b.bucket(bucket));

            Path probe = Path.of(ShadedJarProbe.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Djava.io.tmpdir=" + tmp, "-cp", JAR.toAbsolutePath() + File.pathSeparator + probe, ShadedJarProbe.class.getName());
            pb.environment().put(AwsClients.endpointVariable("dynamodb"), dynamo.dynalite.endpoint());
            pb.environment().put(AwsClients.endpointVariable("s3"), s3Mock.endpoint());
            pb.environment().put("MCFPIPE_TABLE_PREFIX", prefix);
            pb.environment().put("MCFPIPE_BUCKET", bucket);
            pb.environment().put("AWS_REGION", "ap-southeast-1");
            pb.redirectErrorStream(true);
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(120, TimeUnit.SECONDS));
            assertEquals(0, p.exitValue(), out);
            assertTrue(out.contains("etl:     full (no earlier file): 79 items scanned, 79 upserted"), out);

            byte[] uploaded = s3.getObjectAsBytes(b -> b.bucket(bucket).key("reports/mcfpipe.sqlite")).asByteArray();
            Path copy = tmp.resolve("downloaded.sqlite");
            Files.write(copy, uploaded);
            assertEquals(22L, Rows.single(copy, "SELECT count(*) FROM jobs"));
            assertTrue(s3.getObjectAsBytes(b -> b.bucket(bucket).key("reports/report.html")).asUtf8String().contains("chart-posts-per-week"));
        }
    }
}

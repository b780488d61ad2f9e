package mcfpipe.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import software.amazon.awscdk.services.dynamodb.AttributeType;

/** The small pieces the stacks are built from: stage names, schema loading, search targets, size regex. */
class SettingsTest {

    @Test
    void stagePrefixesStacksAndTables() {
        Stage dev = Stage.of("dev");
        assertEquals("dev-mcfpipe-network", dev.stackName("network"));
        assertEquals("dev_mcfpipe_job_search", dev.tableName("job_search"));
        assertTrue(Stage.of("prod").isProd());
        assertThrows(IllegalArgumentException.class, () -> Stage.of("test"));
        assertThrows(IllegalArgumentException.class, () -> Stage.of(null));
    }

    @Test
    void schemaLoaderReadsKeysTypesAndIndexes() {
        List<TableSchema> tables = TableSchema.load(TestApps.schemaFile());
        TableSchema score = tables.stream().filter(t -> t.name().equals("track_score")).findFirst().orElseThrow();
        assertEquals(new TableSchema.Key("job_s_id", AttributeType.STRING), score.partitionKey());
        assertEquals(new TableSchema.Key("track_id", AttributeType.STRING), score.sortKey().orElseThrow());
        TableSchema.Index byTrack = score.indexes().get(0);
        assertEquals("track_id-index", byTrack.name());
        assertEquals(new TableSchema.Key("score", AttributeType.NUMBER), byTrack.sortKey().orElseThrow());
    }

    @Test
    void missingLambdaJarStopsWithTheBuildCommand() {
        Path nowhere = Path.of("no-such-folder");
        InfraSettings settings = new InfraSettings(Stage.of("dev"), TestApps.schemaFile(),
                nowhere.resolve("jobdb-lambda.jar"), nowhere.resolve("mcfparse-lambda.jar"),
                nowhere.resolve("jobmatch-lambda.jar"), nowhere.resolve("jobpipe-lambda.jar"),
                nowhere, nowhere, null, List.of(), true);
        IllegalStateException e = assertThrows(IllegalStateException.class, settings::requireBuildOutputs);
        assertTrue(e.getMessage().contains("./mvnw -pl jobdb,mcfparse,jobmatch,jobpipe -am package -DskipTests"),
                e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "one line");
    }

    @Test
    void missingPipelineJarIsNamedWithTheSameCommand() {
        InfraSettings standIns = TestApps.settings("dev");
        for (String missing : List.of("jobmatch-lambda.jar", "jobpipe-lambda.jar")) {
            Path nowhere = Path.of("no-such-folder", missing);
            InfraSettings settings = new InfraSettings(standIns.stage(), standIns.schemaFile(), standIns.apiJar(),
                    standIns.parserJar(),
                    missing.startsWith("jobmatch") ? nowhere : standIns.matchJar(),
                    missing.startsWith("jobpipe") ? nowhere : standIns.reportJar(),
                    standIns.scraperImageContext(), standIns.testerImageContext(), null, List.of(), true);
            IllegalStateException e = assertThrows(IllegalStateException.class, settings::requireBuildOutputs);
            assertTrue(e.getMessage().contains(nowhere.toString()) && e.getMessage().contains(InfraSettings.BUILD_LAMBDAS),
                    e.getMessage());
            assertFalse(e.getMessage().contains("\n"), "one line");
        }
    }

    @Test
    void searchesParseFromContextJson() {
        List<SearchTarget> searches = SearchTarget.parseList("[{\"keywords\":\"qa\",\"pages\":2}]");
        assertEquals(1, searches.size());
        assertEquals("2", searches.get(0).environment().get("SEARCH_PAGES"));
        assertEquals(List.of(), SearchTarget.parseList(""));
        assertThrows(IllegalArgumentException.class, () -> SearchTarget.parseList("[{\"pages\":2}]"));
        assertThrows(IllegalArgumentException.class, () -> SearchTarget.parseList("{\"keywords\":\"qa\"}"));
        assertThrows(IllegalArgumentException.class, () -> SearchTarget.parseList("[{\"keywords\":\"qa\",\"pages\":0}]"));
    }

    @Test
    void decimalAboveMatchesExactlyTheGreaterNumbers() {
        for (long limit : new long[] {0, 9, 10, 99, 100, 6291456, 1000000, 1999}) {
            Pattern above = Pattern.compile(DecimalAbove.regex(limit));
            for (long n = Math.max(0, limit - 1200); n <= limit + 1200; n++) {
                assertEquals(n > limit, above.matcher(Long.toString(n)).matches(), limit + " vs " + n);
            }
            assertTrue(above.matcher(Long.toString(limit * 10 + 10)).matches());
        }
        assertTrue(DecimalAbove.regex(6L * 1024 * 1024).length() < 200, "fits WAF's regex size limit");
    }
}

package mcfpipe.jobmatch;

import java.time.Clock;
import java.util.Map;
import mcfpipe.storage.Json;
import mcfpipe.storage.aws.AwsClients;
import mcfpipe.storage.schema.Schema;
import mcfpipe.storage.store.ItemKey;
import mcfpipe.storage.store.TablePrefix;
import mcfpipe.storage.store.TableStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Run by {@link JarIT} in a separate JVM on the shaded jar alone (plus this class): seeds the demo, stores one job
 * with a description (so the English analyzer runs), invokes the handler as Lambda would and prints what it wrote.
 * Uses only classes the jar must carry.
 */
public final class ShadedJarProbe {
    public static void main(String[] args) {
        Map<String, String> env = System.getenv();
        try (DynamoDbClient ddb = AwsClients.configure(DynamoDbClient.builder(), "dynamodb").build()) {
            TableStore store = new TableStore(ddb, Schema.loadDefault(), TablePrefix.fromEnvironment(env), Clock.systemUTC());
            store.createTables();
            System.out.println("seeded " + DemoSeed.ensure(store));
            String jobId = "5624187c437fddd00296eecc783ed4cd";
            store.put("job", Json.object().put("job_id", jobId).put("position", "Assistant Engineer").put("status", 1)
                    .put("posted_date", java.time.LocalDate.now(MatchRun.SINGAPORE).toString())
                    .put("description", "Designing and testing electrical systems with a focus on safety."));
            store.put("job_search", Json.object().put("job_s_id", "demo#" + jobId).put("user_id", "demo").put("job_id", jobId)
                    .put("search_keywords", "engineer").put("found_at", "2026-04-15 05:41"));
            System.out.println("result " + new MatchHandler().handleRequest(Map.of("user_id", "demo"), null));
            System.out.println("evidence " + store.get("track_score", ItemKey.of("demo#" + jobId, DemoSeed.TRACK_ID))
                    .orElseThrow().get("evidence").asText());
        }
    }
}

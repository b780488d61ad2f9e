package mcfpipe.mcfscrape;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mcfpipe.storage.aws.AwsClients;
import mcfpipe.storage.schema.Schema;
import mcfpipe.storage.store.ItemKey;
import mcfpipe.storage.store.Page;
import mcfpipe.storage.store.TablePrefix;
import mcfpipe.storage.store.TableStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The scraper's Fargate task. With SEARCH_KEYWORDS set it scrapes that one search (SEARCH_PAGES, SEARCH_USER);
 * otherwise every row of the {@code search_config} table, for the user who owns its track. Needs
 * MCFPIPE_BUCKET and MCFPIPE_QUEUE_URL; table names from MCFPIPE_STAGE (default dev).
 */
public final class ScraperTask {
    /** One search to run: keywords, result pages, and the user it is for. */
    record Search(String keywords, int pages, String userId) {}

    private ScraperTask() {}

    public static void main(String[] args) {
        Map<String, String> env = System.getenv();
        try {
            int failed = run(env);
            System.exit(failed == 0 ? 0 : 1);
        } catch (IllegalArgumentException | IllegalStateException e) {
            System.err.println("mcfscrape: " + e.getMessage());
            System.exit(2);
        }
    }

    /** Runs every search; returns the number of pages that failed. */
    static int run(Map<String, String> env) {
        String bucket = required(env, "MCFPIPE_BUCKET");
        String queueUrl = required(env, "MCFPIPE_QUEUE_URL");
        String s3Endpoint = env.get(AwsClients.endpointVariable("s3"));
        try (S3Client s3 = AwsClients.configure(S3Client.builder(), s3Endpoint, env).forcePathStyle(s3Endpoint != null).build();
             SqsClient sqs = AwsClients.configure(SqsClient.builder(), env.get(AwsClients.endpointVariable("sqs")), env).build()) {
            List<Search> searches = searches(env);
            Scraper scraper = new Scraper(ScraperSettings.builder(env).bucket(bucket).queueUrl(queueUrl).build(), s3, sqs);
            int failed = 0;
            for (Search s : searches) {
                ScrapeReport r = scraper.scrape(s.keywords(), s.pages(), s.userId());
                System.out.printf("{\"search\":\"%s\",\"user\":\"%s\",\"pages_stored\":%d,\"job_links\":%d,\"missing\":%d,\"failed\":%d}%n",
                        s.keywords().replace("\"", "'"), s.userId().replace("\"", "'"), r.pagesStored(), r.jobLinks(),
                        r.missing().size(), r.failed().size());
                failed += r.failed().size();
            }
            return failed;
        }
    }

    static List<Search> searches(Map<String, String> env) {
        String keywords = env.get("SEARCH_KEYWORDS");
        if (keywords != null && !keywords.isBlank()) {
            return List.of(new Search(keywords, intOr(env.get("SEARCH_PAGES"), 1), env.getOrDefault("SEARCH_USER", "demo")));
        }
        try (DynamoDbClient ddb = AwsClients.configure(DynamoDbClient.builder(), env.get(AwsClients.endpointVariable("dynamodb")), env).build()) {
            TableStore store = new TableStore(ddb, Schema.loadDefault(), TablePrefix.fromEnvironment(env), Clock.systemUTC());
            return fromConfigs(store);
        }
    }

    /** Every search_config row, for the user whose track it belongs to; rows of unknown tracks are skipped. */
    static List<Search> fromConfigs(TableStore store) {
        List<Search> out = new ArrayList<>();
        String next = null;
        do {
            Page page = store.scan("search_config", 100, next);
            for (ObjectNode config : page.items()) {
                Optional<ObjectNode> track = store.get("track", ItemKey.of(config.path("track_id").asText()));
                if (track.isEmpty()) {
                    System.err.println("mcfscrape: search_config " + config.path("track_id").asText() + " has no track; skipped");
                    continue;
                }
                out.add(new Search(config.path("search_keywords").asText(), config.path("pages").asInt(1),
                        track.get().path("user_id").asText()));
            }
            next = page.next();
        } while (next != null);
        return out;
    }

    private static String required(Map<String, String> env, String name) {
        String v = env.get(name);
        if (v == null || v.isBlank()) throw new IllegalArgumentException("environment variable " + name + " is not set");
        return v;
    }

    private static int intOr(String s, int fallback) {
        if (s == null || s.isBlank()) return fallback;
        try {
            return Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("SEARCH_PAGES '" + s + "' is not a whole number");
        }
    }
}

package mcfpipe.jobmatch;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mcfpipe.storage.Json;
import mcfpipe.storage.aws.AwsClients;
import mcfpipe.storage.schema.Schema;
import mcfpipe.storage.store.TablePrefix;
import mcfpipe.storage.store.TableStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The recommender Lambda, started by a queue message (one user, or all) or by a schedule (all users). It takes
 * the event as plain maps, so one function serves both triggers without the events library. On a queue event it
 * answers with a partial batch response, so only the messages that failed come back; on other events a failure
 * ends the invocation with an error (after every user was tried), so the schedule's retry and alarms see it.
 */
public final class MatchHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {
    private final MatchRun run;

    /** Lambda's constructor: schema, DynamoDB client and store are built once per container. */
    public MatchHandler() {
        this(fromEnvironment(System.getenv()));
    }

    public MatchHandler(MatchRun run) {
        this.run = run;
    }

    private static MatchRun fromEnvironment(Map<String, String> env) {
        DynamoDbClient dynamoDb = AwsClients.configure(DynamoDbClient.builder(), "dynamodb").build();
        TableStore store = new TableStore(dynamoDb, Schema.loadDefault(), TablePrefix.fromEnvironment(env), Clock.systemUTC());
        return new MatchRun(store, dynamoDb, Clock.systemUTC());
    }

    @Override
    public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
        List<Map<String, String>> failures = new ArrayList<>();
        List<UserMatch> done = new ArrayList<>();
        List<String> failedUsers = new ArrayList<>();
        for (MatchRequest request : MatchRequest.from(event)) {
            if (request.problem() != null) {
                log(context, fields("message_id", request.messageId(), "error", request.problem()));
                failures.add(Map.of("itemIdentifier", request.messageId()));
                continue;
            }
            boolean ok = true;
            List<String> users = request.userId() != null ? List.of(request.userId()) : run.userIds();
            for (String user : users) {
                if (!matchOne(user, context, done)) {
                    ok = false;
                    failedUsers.add(user);
                }
            }
            if (!ok && request.messageId() != null) failures.add(Map.of("itemIdentifier", request.messageId()));
        }
        if (MatchRequest.isQueueEvent(event)) return Map.of("batchItemFailures", failures);
        if (!failedUsers.isEmpty()) throw new IllegalStateException("recommender failed for users " + failedUsers + "; see the log");
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("users", done.size());
        result.put("jobs", done.stream().mapToInt(UserMatch::jobs).sum());
        result.put("scores_written", done.stream().mapToInt(UserMatch::scoresWritten).sum());
        result.put("screened", done.stream().mapToInt(UserMatch::screened).sum());
        return result;
    }

    /** One user's run, logged as one JSON line; false when it failed (logged with the cause). */
    private boolean matchOne(String userId, Context context, List<UserMatch> done) {
        long start = System.nanoTime();
        try {
            UserMatch m = run.matchUser(userId);
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("user_id", userId);
            line.put("tracks", m.tracks().size());
            line.put("jobs", m.jobs());
            line.put("missing_jobs", m.missingJobs());
            line.put("scores_written", m.scoresWritten());
            line.put("scores_unchanged", m.scoresUnchanged());
            line.put("score_failures", m.scoreFailures());
            line.put("reassigned", m.reassigned());
            line.put("screened", m.screened());
            line.put("stage_kept", m.stageKept());
            line.put("ms", (System.nanoTime() - start) / 1_000_000);
            log(context, line);
            done.add(m);
            return m.scoreFailures() == 0;
        } catch (RuntimeException e) {
            log(context, fields("user_id", userId, "error", e.getClass().getSimpleName() + ": " + e.getMessage()));
            return false;
        }
    }

    private static Map<String, Object> fields(String k1, Object v1, String k2, Object v2) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(k1, v1);
        m.put(k2, v2);
        return m;
    }

    private static void log(Context context, Map<String, ?> fields) {
        String line;
        try {
            line = Json.mapper().writeValueAsString(fields);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            line = fields.toString();
        }
        if (context != null && context.getLogger() != null) context.getLogger().log(line + "\n");
        else System.out.println(line);
    }
}

package mcfpipe.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

class PipelineStackTest {
    private static final Pattern TABLE = Pattern.compile("ExportsOutputFnGetAttTable(\\w+?)[0-9A-F]{8}Arn");
    private static final Pattern INDEX = Pattern.compile("\"/index/([\\w-]+)\"");
    private static final Pattern BUCKET_SUFFIX = Pattern.compile("RawPages[0-9A-F]{8}Arn[0-9A-F]{8}\"},\"([^\"]*)\"");

    private static Template template;
    private static JsonNode tree;

    @BeforeAll
    static void synth() {
        template = Template.fromStack(TestApps.dev().pipeline());
        tree = TestApps.tree(template);
    }

    @Test
    void bothFunctionsRunTheirHandlersInThePrivateIsolatedSubnets() {
        template.resourceCountIs("AWS::Lambda::Function", 2);
        template.hasResourceProperties("AWS::Lambda::Function", Map.of(
                "FunctionName", "dev-mcfpipe-jobmatch",
                "Handler", "mcfpipe.jobmatch.MatchHandler::handleRequest",
                "Runtime", "java25",
                "Architectures", List.of("arm64"),
                "MemorySize", 1536,
                "Timeout", 600,
                "Environment", Map.of("Variables", Map.of("MCFPIPE_STAGE", "dev"))));
        template.hasResourceProperties("AWS::Lambda::Function", Map.of(
                "FunctionName", "dev-mcfpipe-jobpipe-report",
                "Handler", "mcfpipe.jobpipe.ReportHandler::handleRequest",
                "Runtime", "java25",
                "Architectures", List.of("arm64"),
                "MemorySize", 2048,
                "Timeout", 900,
                "EphemeralStorage", Map.of("Size", 4096),
                "ReservedConcurrentExecutions", 1,
                "Environment", Map.of("Variables", Map.of("MCFPIPE_STAGE", "dev",
                        "MCFPIPE_BUCKET", Map.of("Fn::ImportValue",
                                Match.stringLikeRegexp("dev-mcfpipe-webscraper:ExportsOutputRefRawPages.*"))))));
        for (JsonNode function : TestApps.resources(tree, "AWS::Lambda::Function").values()) {
            JsonNode vpc = function.path("Properties").path("VpcConfig");
            assertEquals(2, vpc.path("SubnetIds").size(), vpc.toString());
            vpc.path("SubnetIds").forEach(s ->
                    assertTrue(s.toString().contains("ExportsOutputRefVpcprivateSubnet"), s.toString()));
            assertTrue(vpc.path("SecurityGroupIds").toString().contains("PrivateServices"), vpc.toString());
        }
    }

    @Test
    void matchQueueIsSslOnlyAndDeadLettersAfterThreeReceives() {
        String dlq = only("AWS::SQS::Queue", "QueueName", "dev-mcfpipe-match-dlq");
        template.hasResourceProperties("AWS::SQS::Queue", Map.of(
                "QueueName", "dev-mcfpipe-match",
                "SqsManagedSseEnabled", true,
                "RedrivePolicy", Map.of("maxReceiveCount", 3,
                        "deadLetterTargetArn", Map.of("Fn::GetAtt", List.of(dlq, "Arn")))));
        JsonNode queue = TestApps.resources(tree, "AWS::SQS::Queue")
                .get(only("AWS::SQS::Queue", "QueueName", "dev-mcfpipe-match"));
        int visibility = queue.path("Properties").path("VisibilityTimeout").asInt();
        assertTrue(visibility >= 6 * PipelineStack.MATCH_TIMEOUT.toSeconds().intValue(),
                "visibility " + visibility + " s is at least six times the function's timeout");
        template.resourceCountIs("AWS::SQS::QueuePolicy", 2);
        template.allResourcesProperties("AWS::SQS::QueuePolicy", Map.of("PolicyDocument", Match.objectLike(Map.of(
                "Statement", Match.arrayWith(List.of(Match.objectLike(Map.of("Effect", "Deny",
                        "Condition", Map.of("Bool", Map.of("aws:SecureTransport", "false")))))))),
                "Queues", Match.anyValue()));
    }

    @Test
    void matchQueueStartsTheRecommenderWithPartialBatchResponses() {
        template.resourceCountIs("AWS::Lambda::EventSourceMapping", 1);
        template.hasResourceProperties("AWS::Lambda::EventSourceMapping", Map.of(
                "FunctionResponseTypes", List.of("ReportBatchItemFailures"),
                "BatchSize", 1,
                "ScalingConfig", Map.of("MaximumConcurrency", PipelineStack.MATCH_MAX_CONCURRENCY),
                "FunctionName", Map.of("Ref", only("AWS::Lambda::Function", "FunctionName", "dev-mcfpipe-jobmatch")),
                "EventSourceArn", Map.of("Fn::GetAtt",
                        List.of(only("AWS::SQS::Queue", "QueueName", "dev-mcfpipe-match"), "Arn"))));
    }

    @Test
    void dailyMatchAfterTheScrapeAndReportAfterTheMatch() {
        template.resourceCountIs("AWS::Events::Rule", 2);
        String match = only("AWS::Lambda::Function", "FunctionName", "dev-mcfpipe-jobmatch");
        String report = only("AWS::Lambda::Function", "FunctionName", "dev-mcfpipe-jobpipe-report");
        template.hasResourceProperties("AWS::Events::Rule", Map.of(
                "Name", "dev-mcfpipe-daily-match",
                "ScheduleExpression", "cron(0 23 * * ? *)",
                "State", "ENABLED",
                "Targets", List.of(Match.objectLike(Map.of("Arn", Map.of("Fn::GetAtt", List.of(match, "Arn")))))));
        template.hasResourceProperties("AWS::Events::Rule", Map.of(
                "Name", "dev-mcfpipe-daily-report",
                "ScheduleExpression", "cron(30 23 * * ? *)",
                "State", "ENABLED",
                "Targets", List.of(Match.objectLike(Map.of("Arn", Map.of("Fn::GetAtt", List.of(report, "Arn")))))));
        // EventBridge may invoke each function, from its own rule only
        template.resourceCountIs("AWS::Lambda::Permission", 2);
        template.allResourcesProperties("AWS::Lambda::Permission", Map.of(
                "Action", "lambda:InvokeFunction",
                "Principal", "events.amazonaws.com",
                "FunctionName", Match.anyValue(),
                "SourceArn", Map.of("Fn::GetAtt", List.of(Match.stringLikeRegexp("Daily(Match|Report).*"), "Arn"))));

        // the order, in minutes of the day (UTC): scrape, then match an hour later, then the report after the match
        // has had its whole timeout
        String scrape = cron(TestApps.tree(Template.fromStack(TestApps.dev().webscraper())), "dev-mcfpipe-daily-scrape");
        int scrapeAt = minuteOfDay(scrape);
        int matchAt = minuteOfDay(cron(tree, "dev-mcfpipe-daily-match"));
        int reportAt = minuteOfDay(cron(tree, "dev-mcfpipe-daily-report"));
        assertEquals(60, Math.floorMod(matchAt - scrapeAt, 24 * 60), "match an hour after the scrape starts");
        int gap = Math.floorMod(reportAt - matchAt, 24 * 60);
        assertTrue(gap > PipelineStack.MATCH_TIMEOUT.toMinutes().intValue() && gap < 120, "report " + gap + " min after match");
    }

    @Test
    void recommenderMayDoExactlyWhatItsCodeCallsOnEachTable() {
        Map<String, Set<String>> grants = grantsOf("MatchRole");
        Map<String, Set<String>> tables = new TreeMap<>();
        grants.forEach((resource, actions) -> {
            if (resource.startsWith("table:") || resource.startsWith("index:")) {
                tables.put(resource, actions);
            }
        });
        assertEquals(expected(PipelineStack.MATCH_TABLE_ACCESS), tables);
        // and, spelled out, the writes: scores, best track, SCREENED
        assertEquals(Set.of("dynamodb:BatchGetItem", "dynamodb:BatchWriteItem"), tables.get("table:trackscore"));
        assertEquals(Set.of("dynamodb:UpdateItem"), tables.get("table:jobsearch"));
        assertEquals(Set.of("dynamodb:UpdateItem"), tables.get("table:crmstatus"));
        assertEquals(Set.of("dynamodb:Scan"), tables.get("table:user"));
        assertEquals(Set.of("dynamodb:Query"), tables.get("index:keyword/library-index"));
        assertFalse(grants.keySet().stream().anyMatch(r -> r.startsWith("bucket")), "no S3 at all: " + grants);
        Set<String> other = new TreeSet<>();
        grants.forEach((resource, actions) -> {
            if (!resource.startsWith("table:") && !resource.startsWith("index:")) {
                other.add(resource);
            }
        });
        assertEquals(Set.of("*", "logs", "queue:match"), other, "network interfaces, its log group, its queue");
    }

    @Test
    void reportReadsTablesOnlyAndWritesOnlyUnderReports() {
        Map<String, Set<String>> grants = grantsOf("ReportRole");
        Map<String, Set<String>> tables = new TreeMap<>();
        Map<String, Set<String>> objects = new TreeMap<>();
        grants.forEach((resource, actions) -> {
            if (resource.startsWith("table:") || resource.startsWith("index:")) {
                tables.put(resource, actions);
            } else if (resource.startsWith("bucket")) {
                objects.put(resource, actions);
            }
        });
        assertEquals(expected(PipelineStack.REPORT_TABLE_ACCESS), tables);
        tables.values().forEach(actions -> assertEquals(Set.of("dynamodb:Scan"), actions));
        assertEquals(Map.of(
                "bucket/reports/*", Set.of("s3:PutObject"),
                "bucket/reports/mcfpipe.sqlite", Set.of("s3:GetObject"),
                "bucket", Set.of("s3:ListBucket")), objects);

        // the listing is held to the prefix too
        List<JsonNode> listings = statements("ReportRole", "s3:ListBucket");
        assertEquals(1, listings.size());
        assertEquals("[\"reports/*\"]",
                listings.get(0).path("Condition").path("StringLike").path("s3:prefix").toString());
        // nothing of the report's reaches raw/ or the bucket as a whole
        for (JsonNode statement : statements("ReportRole", "s3:")) {
            String resource = statement.path("Resource").toString();
            assertFalse(resource.contains("raw/") || resource.contains("\"/*\""), resource);
        }
    }

    @Test
    void logGroupsKeepTheStagesRetentionAndOutputsNameWhatOperatorsUse() {
        template.resourceCountIs("AWS::Logs::LogGroup", 2);
        template.hasResourceProperties("AWS::Logs::LogGroup", Map.of(
                "LogGroupName", "/aws/lambda/dev-mcfpipe-jobmatch", "RetentionInDays", 14));
        template.hasResourceProperties("AWS::Logs::LogGroup", Map.of(
                "LogGroupName", "/aws/lambda/dev-mcfpipe-jobpipe-report", "RetentionInDays", 14));
        Template prod = Template.fromStack(TestApps.prod().pipeline());
        prod.allResourcesProperties("AWS::Logs::LogGroup", Match.objectLike(Map.of("RetentionInDays", 90)));
        prod.hasResource("AWS::Logs::LogGroup", Match.objectLike(Map.of("DeletionPolicy", "Retain")));
        for (String output : List.of("MatchFunctionName", "MatchQueueUrl", "MatchDeadLetterQueueUrl",
                "ReportFunctionName")) {
            template.hasOutput(output, Match.anyValue());
        }
    }

    /** The grants a table-access map stands for, keyed as {@link #grantsOf} keys them. */
    private static Map<String, Set<String>> expected(Map<String, PipelineStack.TableAccess> access) {
        Map<String, Set<String>> expected = new TreeMap<>();
        access.forEach((table, a) -> {
            String id = table.replace("_", "");
            if (!a.tableActions().isEmpty()) {
                expected.put("table:" + id, new TreeSet<>(a.tableActions()));
            }
            for (String index : a.queriedIndexes()) {
                expected.put("index:" + id + "/" + index, new TreeSet<>(Set.of("dynamodb:Query")));
            }
        });
        return expected;
    }

    /**
     * Resource to the actions a role's policies allow on it: {@code table:<id>}, {@code index:<id>/<index>},
     * {@code bucket} or {@code bucket/<key pattern>}, {@code queue:match}, {@code logs}, or {@code *}.
     */
    private static Map<String, Set<String>> grantsOf(String rolePrefix) {
        Map<String, Set<String>> grants = new TreeMap<>();
        for (JsonNode statement : statements(rolePrefix, "")) {
            assertEquals("Allow", statement.path("Effect").asText());
            List<String> actions = new ArrayList<>();
            JsonNode action = statement.path("Action");
            if (action.isArray()) {
                action.forEach(a -> actions.add(a.asText()));
            } else {
                actions.add(action.asText());
            }
            JsonNode resource = statement.path("Resource");
            List<JsonNode> resources = new ArrayList<>();
            if (resource.isArray()) {
                resource.forEach(resources::add);
            } else {
                resources.add(resource);
            }
            for (JsonNode r : resources) {
                grants.computeIfAbsent(describe(r), k -> new TreeSet<>()).addAll(actions);
            }
        }
        return grants;
    }

    private static String describe(JsonNode resource) {
        String text = resource.toString();
        if (resource.isTextual()) {
            return resource.asText();
        }
        Matcher table = TABLE.matcher(text);
        if (table.find()) {
            Matcher index = INDEX.matcher(text);
            return index.find() ? "index:" + table.group(1) + "/" + index.group(1) : "table:" + table.group(1);
        }
        if (text.contains("ExportsOutputFnGetAttRawPages")) {
            Matcher suffix = BUCKET_SUFFIX.matcher(text);
            return suffix.find() ? "bucket" + suffix.group(1) : "bucket";
        }
        if (text.contains("MatchQueue")) {
            return "queue:match";
        }
        if (text.matches("\\{\"Fn::GetAtt\":\\[\"\\w+Logs[0-9A-F]{8}\",\"Arn\"]}")) {
            return "logs";
        }
        return text;
    }

    /** The statements of a role's policies whose actions start with {@code actionPrefix}. */
    private static List<JsonNode> statements(String rolePrefix, String actionPrefix) {
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode policy : TestApps.resources(tree, "AWS::IAM::Policy").values()) {
            if (!policy.path("Properties").path("Roles").toString().contains(rolePrefix)) {
                continue;
            }
            for (JsonNode statement : policy.path("Properties").path("PolicyDocument").path("Statement")) {
                if (statement.path("Action").toString().contains("\"" + actionPrefix)) {
                    found.add(statement);
                }
            }
        }
        return found;
    }

    private static String cron(JsonNode stack, String ruleName) {
        for (JsonNode rule : TestApps.resources(stack, "AWS::Events::Rule").values()) {
            if (ruleName.equals(rule.path("Properties").path("Name").asText())) {
                return rule.path("Properties").path("ScheduleExpression").asText();
            }
        }
        throw new AssertionError("no rule " + ruleName);
    }

    /** {@code cron(M H * * ? *)} to minutes after midnight UTC. */
    private static int minuteOfDay(String cron) {
        Matcher m = Pattern.compile("cron\\((\\d+) (\\d+) \\* \\* \\? \\*\\)").matcher(cron);
        assertTrue(m.matches(), "a daily cron: " + cron);
        return Integer.parseInt(m.group(2)) * 60 + Integer.parseInt(m.group(1));
    }

    private static String only(String type, String property, String value) {
        List<String> ids = new ArrayList<>();
        TestApps.resources(tree, type).forEach((id, r) -> {
            if (value.equals(r.path("Properties").path(property).asText())) {
                ids.add(id);
            }
        });
        assertEquals(1, ids.size(), type + " with " + property + "=" + value);
        return ids.get(0);
    }
}

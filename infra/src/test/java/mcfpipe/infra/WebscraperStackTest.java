package mcfpipe.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

class WebscraperStackTest {
    private static Template template;
    private static JsonNode tree;

    @BeforeAll
    static void synth() {
        template = Template.fromStack(TestApps.dev().webscraper());
        tree = TestApps.tree(template);
    }

    @Test
    void rawPagesBucketIsPrivateVersionedAndExpiresOldPages() {
        template.resourceCountIs("AWS::S3::Bucket", 1);
        template.hasResourceProperties("AWS::S3::Bucket", Map.of(
                "PublicAccessBlockConfiguration", Map.of("BlockPublicAcls", true, "BlockPublicPolicy", true,
                        "IgnorePublicAcls", true, "RestrictPublicBuckets", true),
                "VersioningConfiguration", Map.of("Status", "Enabled"),
                "BucketEncryption", Match.objectLike(Map.of()),
                "LifecycleConfiguration", Map.of("Rules", List.of(Match.objectLike(Map.of(
                        "Prefix", "raw/", "Status", "Enabled", "ExpirationInDays", 30,
                        "NoncurrentVersionExpiration", Map.of("NoncurrentDays", 7)))))));
    }

    @Test
    void bucketPolicyRefusesPlainHttp() {
        template.hasResourceProperties("AWS::S3::BucketPolicy", Map.of("PolicyDocument", Map.of(
                "Statement", Match.arrayWith(List.of(Match.objectLike(Map.of(
                        "Effect", "Deny", "Action", "s3:*",
                        "Condition", Map.of("Bool", Map.of("aws:SecureTransport", "false")))))))));
        // and the queues likewise
        template.resourceCountIs("AWS::SQS::QueuePolicy", 2);
        template.allResourcesProperties("AWS::SQS::QueuePolicy", Map.of("PolicyDocument", Match.objectLike(Map.of(
                "Statement", Match.arrayWith(List.of(Match.objectLike(Map.of("Effect", "Deny",
                        "Condition", Map.of("Bool", Map.of("aws:SecureTransport", "false")))))))),
                "Queues", Match.anyValue()));
    }

    @Test
    void pagesGoToTheDeadLetterQueueAfterThreeReceives() {
        String dlq = only("AWS::SQS::Queue", "QueueName", "dev-mcfpipe-pages-dlq");
        template.hasResourceProperties("AWS::SQS::Queue", Map.of(
                "QueueName", "dev-mcfpipe-pages",
                "VisibilityTimeout", 360,
                "SqsManagedSseEnabled", true,
                "RedrivePolicy", Map.of("maxReceiveCount", 3,
                        "deadLetterTargetArn", Map.of("Fn::GetAtt", List.of(dlq, "Arn")))));
        template.hasResourceProperties("AWS::SQS::Queue", Map.of(
                "QueueName", "dev-mcfpipe-pages-dlq", "MessageRetentionPeriod", 14 * 24 * 3600));
    }

    @Test
    void parserReportsBatchItemFailuresAndHasBoundedConcurrency() {
        template.hasResourceProperties("AWS::Lambda::EventSourceMapping", Map.of(
                "FunctionResponseTypes", List.of("ReportBatchItemFailures"),
                "BatchSize", 10,
                "ScalingConfig", Map.of("MaximumConcurrency", WebscraperStack.PARSER_MAX_CONCURRENCY),
                "EventSourceArn", Map.of("Fn::GetAtt",
                        List.of(only("AWS::SQS::Queue", "QueueName", "dev-mcfpipe-pages"), "Arn"))));
    }

    @Test
    void parserRunsInThePrivateIsolatedSubnets() {
        template.hasResourceProperties("AWS::Lambda::Function", Map.of(
                "FunctionName", "dev-mcfpipe-mcfparse",
                "Handler", "mcfpipe.mcfparse.ParsePagesHandler::handleRequest",
                "Architectures", List.of("arm64"),
                "Environment", Map.of("Variables", Map.of("MCFPIPE_STAGE", "dev"))));
        JsonNode function = TestApps.resources(tree, "AWS::Lambda::Function").values().iterator().next();
        JsonNode subnets = function.path("Properties").path("VpcConfig").path("SubnetIds");
        assertEquals(2, subnets.size());
        subnets.forEach(s -> assertTrue(s.toString().contains("ExportsOutputRefVpcprivateSubnet"), s.toString()));
    }

    @Test
    void parserReadsRawPagesAndWritesOnlyJobAndJobSearch() {
        Map<String, Set<String>> grants = grantsOf("ParserRole");
        assertEquals(Set.of("s3:GetObject"), grants.get("raw/*"));
        Set<String> tables = new TreeSet<>();
        grants.forEach((resource, actions) -> {
            if (actions.stream().anyMatch(a -> a.startsWith("dynamodb:"))) {
                assertEquals(new TreeSet<>(WebscraperStack.PARSER_TABLE_ACTIONS), actions);
                tables.add(resource.replaceAll(".*ExportsOutputFnGetAttTable(\\w+?)[0-9A-F]{8}Arn.*", "$1"));
            }
        });
        assertEquals(Set.of("job", "jobsearch"), tables);
    }

    @Test
    void scraperTaskHasChromiumRoomAndItsSettings() {
        template.hasResourceProperties("AWS::ECS::TaskDefinition", Map.of(
                "Family", "dev-mcfpipe-scraper",
                "Cpu", "1024",
                "Memory", "3072",
                "RequiresCompatibilities", List.of("FARGATE"),
                "NetworkMode", "awsvpc",
                "RuntimePlatform", Map.of("CpuArchitecture", "X86_64", "OperatingSystemFamily", "LINUX"),
                "ContainerDefinitions", List.of(Match.objectLike(Map.of(
                        "Name", "scraper",
                        "Essential", true,
                        "LinuxParameters", Map.of("InitProcessEnabled", true),
                        "LogConfiguration", Match.objectLike(Map.of("LogDriver", "awslogs")),
                        "Environment", Match.arrayWith(List.of(
                                Map.of("Name", "MCFPIPE_STAGE", "Value", "dev"),
                                Match.objectLike(Map.of("Name", "MCFPIPE_BUCKET")),
                                Match.objectLike(Map.of("Name", "MCFPIPE_QUEUE_URL")))))))));
    }

    @Test
    void scraperMayReadSearchConfigsPutRawPagesAndSendMessagesOnly() {
        Map<String, Set<String>> grants = grantsOf("ScraperTaskTaskRole");
        assertEquals(Set.of("s3:PutObject", "s3:DeleteObject", "s3:GetObjectTagging", "s3:PutObjectTagging"), grants.get("raw/*"));
        Set<String> tables = new TreeSet<>();
        Set<String> other = new TreeSet<>();
        grants.forEach((resource, actions) -> {
            if (actions.stream().anyMatch(a -> a.startsWith("dynamodb:"))) {
                assertEquals(new TreeSet<>(WebscraperStack.SCRAPER_TABLE_ACTIONS), actions);
                tables.add(resource.replaceAll(".*ExportsOutputFnGetAttTable(\\w+?)[0-9A-F]{8}Arn.*", "$1"));
            } else if (!resource.equals("raw/*")) {
                other.addAll(actions);
            }
        });
        assertEquals(Set.of("searchconfig", "track"), tables);
        assertTrue(other.contains("sqs:SendMessage"), other.toString());
        assertTrue(other.stream().allMatch(a -> a.startsWith("sqs:") || a.equals("s3:ListBucket")), other.toString());
    }

    /** Resource (abbreviated to raw/* for bucket objects) to the actions a role's policies allow on it. */
    private static Map<String, Set<String>> grantsOf(String rolePrefix) {
        Map<String, Set<String>> grants = new java.util.TreeMap<>();
        for (JsonNode policy : TestApps.resources(tree, "AWS::IAM::Policy").values()) {
            if (!policy.path("Properties").path("Roles").toString().contains(rolePrefix)) {
                continue;
            }
            for (JsonNode statement : policy.path("Properties").path("PolicyDocument").path("Statement")) {
                List<String> actions = new ArrayList<>();
                JsonNode action = statement.path("Action");
                if (action.isArray()) {
                    action.forEach(a -> actions.add(a.asText()));
                } else {
                    actions.add(action.asText());
                }
                JsonNode resource = statement.path("Resource");
                List<JsonNode> resources = new ArrayList<>();
                if (resource.isArray() && !resource.isEmpty() && !resource.get(0).isTextual()
                        || resource.isArray() && resource.size() > 1) {
                    resource.forEach(resources::add);
                } else {
                    resources.add(resource);
                }
                for (JsonNode r : resources) {
                    String key = r.toString().contains("/raw/*") ? "raw/*" : r.toString();
                    grants.computeIfAbsent(key, k -> new TreeSet<>()).addAll(actions);
                }
            }
        }
        return grants;
    }

    @Test
    void dailyScheduleStartsOneFargateTaskInAPublicSubnet() {
        template.resourceCountIs("AWS::ECS::Cluster", 1);
        template.resourceCountIs("AWS::Events::Rule", 1);
        Object subnets = List.of(
                Map.of("Fn::ImportValue", Match.stringLikeRegexp(".*VpcpublicSubnet1.*")),
                Map.of("Fn::ImportValue", Match.stringLikeRegexp(".*VpcpublicSubnet2.*")));
        Object network = Map.of("AwsVpcConfiguration", Match.objectLike(Map.of(
                "AssignPublicIp", "ENABLED", "Subnets", subnets)));
        Object ecs = Match.objectLike(Map.of("LaunchType", "FARGATE", "TaskCount", 1,
                "NetworkConfiguration", network));
        template.hasResourceProperties("AWS::Events::Rule", Map.of(
                "ScheduleExpression", "cron(0 22 * * ? *)",
                "State", "ENABLED",
                "Targets", List.of(Match.objectLike(Map.of("EcsParameters", ecs)))));
    }

    @Test
    void oneScheduledTaskPerSearchGivenAsContext() throws Exception {
        List<SearchTarget> searches = SearchTarget.parseList(
                "[{\"keywords\":\"data engineer\",\"pages\":3,\"user\":\"alice\"},{\"keywords\":\"devops\"}]");
        Template perSearch = Template.fromStack(
                TestApps.compose(TestApps.settings("dev", null, searches)).webscraper());
        perSearch.resourceCountIs("AWS::Events::Rule", 2);
        List<JsonNode> inputs = new ArrayList<>();
        for (JsonNode rule : TestApps.resources(TestApps.tree(perSearch), "AWS::Events::Rule").values()) {
            inputs.add(new ObjectMapper().readTree(rule.path("Properties").path("Targets").get(0).path("Input").asText()));
        }
        Set<String> keywords = new TreeSet<>();
        for (JsonNode input : inputs) {
            JsonNode override = input.path("containerOverrides").get(0);
            assertEquals("scraper", override.path("name").asText());
            override.path("environment").forEach(e -> {
                if (e.path("name").asText().equals("SEARCH_KEYWORDS")) {
                    keywords.add(e.path("value").asText());
                }
            });
        }
        assertEquals(Set.of("data engineer", "devops"), keywords);
        assertEquals(Map.of("SEARCH_KEYWORDS", "data engineer", "SEARCH_PAGES", "3", "SEARCH_USER", "alice"),
                searches.get(0).environment());
        assertEquals(Optional.empty(), searches.get(1).pages());
    }

    @Test
    void logGroupsHaveRetentionAndOutputsNameTheResources() {
        template.allResourcesProperties("AWS::Logs::LogGroup", Match.objectLike(Map.of("RetentionInDays", 14)));
        for (String output : List.of("BucketName", "QueueUrl", "DeadLetterQueueUrl", "ClusterName",
                "ScraperTaskDefinitionArn")) {
            template.hasOutput(output, Match.anyValue());
        }
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

package mcfpipe.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

class DatabaseStackTest {
    private static Template template;
    private static JsonNode tree;
    /** storage/db_schema.json read directly, not through the loader the stack uses. */
    private static JsonNode schema;

    @BeforeAll
    static void synth() throws IOException {
        template = Template.fromStack(TestApps.dev().database());
        tree = TestApps.tree(template);
        schema = new ObjectMapper().readTree(Files.readString(TestApps.schemaFile()));
    }

    @Test
    void everySchemaTableWithItsKeysAndIndexes() {
        Map<String, JsonNode> tables = new HashMap<>();
        for (JsonNode t : TestApps.resources(tree, "AWS::DynamoDB::Table").values()) {
            tables.put(t.path("Properties").path("TableName").asText(), t.path("Properties"));
        }
        assertEquals(schema.path("tables").size(), tables.size(), "one table per schema table, no more");
        for (JsonNode table : schema.path("tables")) {
            String name = table.path("table_name").asText();
            JsonNode deployed = tables.get("dev_mcfpipe_" + name);
            assertTrue(deployed != null, "table dev_mcfpipe_" + name + " is deployed");

            List<String> keys = new ArrayList<>(List.of(table.path("primary_key").asText() + "=HASH"));
            if (table.hasNonNull("sort_key")) {
                keys.add(table.path("sort_key").asText() + "=RANGE");
            }
            assertEquals(keys, keySchema(deployed.path("KeySchema")), name + " keys");

            Map<String, List<String>> indexes = new HashMap<>();
            for (JsonNode index : table.path("secondary_indexes")) {
                List<String> indexKeys = new ArrayList<>(List.of(index.path("partition_key").asText() + "=HASH"));
                if (index.hasNonNull("sort_key")) {
                    indexKeys.add(index.path("sort_key").asText() + "=RANGE");
                }
                indexes.put(index.path("index_name").asText(), indexKeys);
            }
            Map<String, List<String>> deployedIndexes = new HashMap<>();
            for (JsonNode gsi : deployed.path("GlobalSecondaryIndexes")) {
                deployedIndexes.put(gsi.path("IndexName").asText(), keySchema(gsi.path("KeySchema")));
                assertEquals("ALL", gsi.path("Projection").path("ProjectionType").asText());
            }
            assertEquals(indexes, deployedIndexes, name + " indexes");

            // key attribute types follow the columns' data types
            Map<String, String> columnTypes = new HashMap<>();
            table.path("columns").forEach(c -> columnTypes.put(c.path("column_name").asText(),
                    c.path("data_type").asText().equals("Number") ? "N" : "S"));
            for (JsonNode attribute : deployed.path("AttributeDefinitions")) {
                String column = attribute.path("AttributeName").asText();
                assertEquals(columnTypes.get(column), attribute.path("AttributeType").asText(), name + "." + column);
            }
        }
    }

    private static List<String> keySchema(JsonNode keySchema) {
        List<String> keys = new ArrayList<>();
        keySchema.forEach(k -> keys.add(k.path("AttributeName").asText() + "=" + k.path("KeyType").asText()));
        return keys;
    }

    @Test
    void tablesAreOnDemandEncryptedAndRecoverable() {
        template.allResourcesProperties("AWS::DynamoDB::Table", Map.of(
                "BillingMode", "PAY_PER_REQUEST",
                "PointInTimeRecoverySpecification", Map.of("PointInTimeRecoveryEnabled", true),
                "SSESpecification", Map.of("SSEEnabled", true)));
        // dev cleans up after itself
        template.allResources("AWS::DynamoDB::Table", Map.of("DeletionPolicy", "Delete"));
        template.allResourcesProperties("AWS::DynamoDB::Table",
                Match.objectLike(Map.of("DeletionProtectionEnabled", false)));
    }

    @Test
    void prodTablesAreRetainedAndDeletionProtected() {
        Template prod = Template.fromStack(TestApps.prod().database());
        prod.allResources("AWS::DynamoDB::Table", Map.of("DeletionPolicy", "Retain", "UpdateReplacePolicy", "Retain"));
        prod.allResourcesProperties("AWS::DynamoDB::Table", Match.objectLike(Map.of(
                "DeletionProtectionEnabled", true, "TableName", Match.stringLikeRegexp("prod_mcfpipe_.*"))));
    }

    @Test
    void apiLambdaRunsInThePrivateIsolatedSubnets() {
        template.hasResourceProperties("AWS::Lambda::Function", Map.of(
                "FunctionName", "dev-mcfpipe-jobdb-api",
                "Handler", "mcfpipe.jobdb.ApiHandler::handleRequest",
                "Runtime", "java25",
                "Architectures", List.of("arm64"),
                "MemorySize", 1024,
                "Environment", Map.of("Variables", Map.of("MCFPIPE_STAGE", "dev",
                        "JAVA_TOOL_OPTIONS", "-XX:+TieredCompilation -XX:TieredStopAtLevel=1 -XX:+UseSerialGC"))));
        JsonNode vpc = onlyFunction().path("Properties").path("VpcConfig");
        assertEquals(2, vpc.path("SubnetIds").size());
        for (JsonNode subnet : vpc.path("SubnetIds")) {
            assertTrue(subnet.toString().matches(".*dev-mcfpipe-network:ExportsOutputRefVpcprivateSubnet\\dSubnet.*"),
                    "an isolated subnet of the network stack: " + subnet);
        }
        assertTrue(vpc.path("SecurityGroupIds").toString().contains("PrivateServices"));
    }

    private static JsonNode onlyFunction() {
        Map<String, JsonNode> functions = TestApps.resources(tree, "AWS::Lambda::Function");
        assertEquals(1, functions.size());
        return functions.values().iterator().next();
    }

    @Test
    void apiServesTheRoutesOfApiMdWithIamAuthorisationOnEveryMethod() {
        Map<String, String> paths = new HashMap<>();
        Map<String, JsonNode> resources = TestApps.resources(tree, "AWS::ApiGateway::Resource");
        for (String id : resources.keySet()) {
            paths.put(id, path(id, resources));
        }
        Set<String> routes = new TreeSet<>();
        Map<String, JsonNode> methods = TestApps.resources(tree, "AWS::ApiGateway::Method");
        for (JsonNode method : methods.values()) {
            JsonNode props = method.path("Properties");
            assertEquals("AWS_IAM", props.path("AuthorizationType").asText(), "IAM authorisation: " + props);
            assertEquals("AWS_PROXY", props.path("Integration").path("Type").asText());
            JsonNode resource = props.path("ResourceId");
            String path = resource.has("Ref") ? paths.get(resource.path("Ref").asText()) : "/";
            routes.add(props.path("HttpMethod").asText() + " " + path);
        }
        Set<String> expected = new TreeSet<>(List.of(
                "GET /", "ANY /",
                "POST /{table}", "ANY /{table}",
                "GET /{table}/{id}", "PUT /{table}/{id}", "DELETE /{table}/{id}", "ANY /{table}/{id}",
                "POST /{table}/batch", "ANY /{table}/batch",
                "GET /{table}/search", "ANY /{table}/search",
                "POST /{table}/delete", "ANY /{table}/delete"));
        assertEquals(expected, routes);
    }

    private static String path(String id, Map<String, JsonNode> resources) {
        JsonNode props = resources.get(id).path("Properties");
        JsonNode parent = props.path("ParentId");
        String prefix = parent.has("Ref") ? path(parent.path("Ref").asText(), resources) : "";
        return prefix + "/" + props.path("PathPart").asText();
    }

    @Test
    void stageThrottlesAndWritesAccessLogs() {
        template.hasResourceProperties("AWS::ApiGateway::Stage", Map.of(
                "StageName", "dev",
                "AccessLogSetting", Match.objectLike(Map.of("DestinationArn", Match.anyValue(),
                        "Format", Match.stringLikeRegexp(".*requestId.*"))),
                "MethodSettings", List.of(Match.objectLike(Map.of(
                        "HttpMethod", "*", "ResourcePath", "/*",
                        "ThrottlingRateLimit", 25, "ThrottlingBurstLimit", 50, "LoggingLevel", "ERROR")))));
        template.allResourcesProperties("AWS::Logs::LogGroup", Match.objectLike(Map.of("RetentionInDays", 14)));
        template.hasResourceProperties("AWS::Logs::LogGroup", Map.of(
                "LogGroupName", Match.objectLike(Map.of("Fn::Join", Match.arrayWith(List.of(
                        Match.arrayWith(List.of("API-Gateway-Execution-Logs_"))))))));
    }

    @Test
    void requestsOverSixMebibytesAreRefusedWithTheApisOwn413() {
        template.hasResourceProperties("AWS::WAFv2::WebACL", Match.objectLike(Map.of(
                "Scope", "REGIONAL",
                "Rules", List.of(Match.objectLike(Map.of(
                        "Action", Map.of("Block", Map.of("CustomResponse",
                                Map.of("ResponseCode", 413, "CustomResponseBodyKey", "bodyTooLarge"))),
                        "Statement", Map.of("RegexMatchStatement", Match.objectLike(Map.of(
                                "RegexString", DecimalAbove.regex(6L * 1024 * 1024),
                                "FieldToMatch", Map.of("SingleHeader", Map.of("Name", "content-length")))))))),
                "CustomResponseBodies", Map.of("bodyTooLarge", Map.of("ContentType", "APPLICATION_JSON",
                        "Content", Match.stringLikeRegexp(".*body_too_large.*"))))));
        template.hasResourceProperties("AWS::WAFv2::WebACLAssociation", Map.of(
                "ResourceArn", Match.anyValue(), "WebACLArn", Match.anyValue()));
        Pattern over = Pattern.compile(DecimalAbove.regex(6L * 1024 * 1024));
        assertTrue(over.matcher("6291457").matches());
        assertFalse(over.matcher("6291456").matches());
    }

    @Test
    void gatewayErrorsKeepTheJsonErrorShape() {
        for (String type : List.of("DEFAULT_4XX", "DEFAULT_5XX")) {
            template.hasResourceProperties("AWS::ApiGateway::GatewayResponse", Map.of(
                    "ResponseType", type,
                    "ResponseTemplates", Map.of("application/json",
                            Match.stringLikeRegexp("\\{\"error\": \\{\"code\": .*\"message\": .*\"field\": null\\}\\}"))));
        }
    }

    @Test
    void apiFunctionMayTouchExactlyTheSchemaTablesAndTheirIndexes() {
        int expectedArns = 0;
        for (JsonNode table : schema.path("tables")) {
            expectedArns += 1 + table.path("secondary_indexes").size();
        }
        List<JsonNode> dynamo = new ArrayList<>();
        for (JsonNode policy : TestApps.resources(tree, "AWS::IAM::Policy").values()) {
            for (JsonNode statement : policy.path("Properties").path("PolicyDocument").path("Statement")) {
                if (statement.path("Action").toString().contains("dynamodb:")) {
                    dynamo.add(statement);
                }
            }
        }
        assertEquals(1, dynamo.size(), "one statement (policies are minimized): " + dynamo);
        JsonNode statement = dynamo.get(0);
        Set<String> actions = new TreeSet<>();
        statement.path("Action").forEach(a -> actions.add(a.asText()));
        assertEquals(new TreeSet<>(DatabaseStack.API_TABLE_ACTIONS), actions);
        assertEquals(expectedArns, statement.path("Resource").size());
        assertFalse(statement.path("Resource").toString().contains("\"*\""));
        assertFalse(statement.path("Resource").toString().contains("index/*"));
    }

    /** A table added to the schema file is deployed, with its keys and index, and the API may use it: no code change. */
    @Test
    void aTableAddedToTheSchemaIsDeployedAndServedWithNoCodeChange() throws IOException {
        ObjectMapper json = new ObjectMapper();
        com.fasterxml.jackson.databind.node.ObjectNode extended = (com.fasterxml.jackson.databind.node.ObjectNode) schema.deepCopy();
        ((com.fasterxml.jackson.databind.node.ArrayNode) extended.path("tables"))
                .add(json.readTree(TestApps.projectRoot().resolve("storage/testdata/interview_note.table.json").toFile()));
        java.nio.file.Path file = TestApps.tempDir("schema").resolve("db_schema.json");
        Files.writeString(file, json.writeValueAsString(extended));
        InfraSettings base = TestApps.settings("dev");
        InfraSettings settings = new InfraSettings(base.stage(), file, base.apiJar(), base.parserJar(), base.matchJar(),
                base.reportJar(), base.scraperImageContext(), base.testerImageContext(), null, List.of(), true);
        JsonNode extendedTree = TestApps.tree(Template.fromStack(TestApps.compose(settings).database()));

        String logicalId = null;
        for (Map.Entry<String, JsonNode> t : TestApps.resources(extendedTree, "AWS::DynamoDB::Table").entrySet()) {
            if (t.getValue().path("Properties").path("TableName").asText().equals("dev_mcfpipe_interview_note")) {
                logicalId = t.getKey();
                JsonNode props = t.getValue().path("Properties");
                assertEquals(List.of("note_id=HASH"), keySchema(props.path("KeySchema")));
                assertEquals("job_s_id-index", props.path("GlobalSecondaryIndexes").path(0).path("IndexName").asText());
                assertEquals(List.of("job_s_id=HASH", "interview_date=RANGE"),
                        keySchema(props.path("GlobalSecondaryIndexes").path(0).path("KeySchema")));
            }
        }
        assertTrue(logicalId != null, "the added table is in the database stack");
        assertEquals(schema.path("tables").size() + 1, TestApps.resources(extendedTree, "AWS::DynamoDB::Table").size());
        // the API's role reaches the new table and its index, by reference to the new resource
        String grants = "";
        for (JsonNode policy : TestApps.resources(extendedTree, "AWS::IAM::Policy").values()) {
            grants += policy.path("Properties").path("PolicyDocument").toString();
        }
        assertEquals(2, grants.split(Pattern.quote("\"" + logicalId + "\""), -1).length - 1,
                "the table and its index are granted: " + grants);
    }

    @Test
    void outputsTheApiUrl() {
        template.hasOutput("ApiUrl", Match.objectLike(Map.of("Value", Match.anyValue())));
    }
}

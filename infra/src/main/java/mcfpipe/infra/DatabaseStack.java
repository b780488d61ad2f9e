package mcfpipe.infra;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.cdklabs.cdknag.NagPackSuppression;
import io.github.cdklabs.cdknag.NagSuppressions;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Fn;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.apigateway.AccessLogFormat;
import software.amazon.awscdk.services.apigateway.AuthorizationType;
import software.amazon.awscdk.services.apigateway.EndpointType;
import software.amazon.awscdk.services.apigateway.GatewayResponseOptions;
import software.amazon.awscdk.services.apigateway.IResource;
import software.amazon.awscdk.services.apigateway.JsonWithStandardFieldProps;
import software.amazon.awscdk.services.apigateway.LambdaIntegration;
import software.amazon.awscdk.services.apigateway.LogGroupLogDestination;
import software.amazon.awscdk.services.apigateway.MethodLoggingLevel;
import software.amazon.awscdk.services.apigateway.MethodOptions;
import software.amazon.awscdk.services.apigateway.RequestValidator;
import software.amazon.awscdk.services.apigateway.RequestValidatorOptions;
import software.amazon.awscdk.services.apigateway.Resource;
import software.amazon.awscdk.services.apigateway.ResponseType;
import software.amazon.awscdk.services.apigateway.RestApi;
import software.amazon.awscdk.services.apigateway.StageOptions;
import software.amazon.awscdk.services.dynamodb.Attribute;
import software.amazon.awscdk.services.dynamodb.BillingMode;
import software.amazon.awscdk.services.dynamodb.GlobalSecondaryIndexProps;
import software.amazon.awscdk.services.dynamodb.PointInTimeRecoverySpecification;
import software.amazon.awscdk.services.dynamodb.Table;
import software.amazon.awscdk.services.dynamodb.TableEncryption;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.wafv2.CfnWebACL;
import software.amazon.awscdk.services.wafv2.CfnWebACLAssociation;
import software.constructs.Construct;

/**
 * The database layer: one DynamoDB table per table of storage/db_schema.json, and the Database API (API Gateway
 * REST, IAM authorisation) in front of the jobdb Lambda, which runs in the private subnets.
 */
public class DatabaseStack extends Stack {
    /** Requests over Lambda's 6 MiB payload limit are refused at the edge with the API's own 413. */
    static final long MAX_BODY_BYTES = 6L * 1024 * 1024;
    static final String API_HANDLER = "mcfpipe.jobdb.ApiHandler::handleRequest";
    /**
     * The API's JVM flags: C1 only and the serial collector. Its requests are short and its instances small, so
     * time to the first answer matters more than peak speed (jobdb/bench: 808 ms with JVM defaults, ~630 ms so).
     */
    static final String API_JVM_FLAGS = "-XX:+TieredCompilation -XX:TieredStopAtLevel=1 -XX:+UseSerialGC";

    /** What the Database API does to items: the store's reads, queries, scans and (batch) writes. */
    static final List<String> API_TABLE_ACTIONS = List.of(
            "dynamodb:GetItem", "dynamodb:BatchGetItem", "dynamodb:Query", "dynamodb:Scan",
            "dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:DeleteItem", "dynamodb:BatchWriteItem");

    private final Map<String, DataTable> tables = new LinkedHashMap<>();
    private final RestApi api;
    private final PrivateJavaFunction apiFunction;
    /** The API's one deployment stage is named after the stage (dev, prod). */
    private final String apiStageName;

    public DatabaseStack(Construct scope, String id, DatabaseStackProps props) {
        super(scope, id, Layers.stackProps(props));
        Stage stage = props.getStage();
        apiStageName = stage.name();

        for (TableSchema schema : props.getTables()) {
            tables.put(schema.name(), new DataTable(schema.name(), table(stage, schema),
                    schema.indexes().stream().map(TableSchema.Index::name).toList()));
        }

        apiFunction = new PrivateJavaFunction(this, "ApiFunction", stage, new PrivateJavaFunction.Spec(
                stage.resourceName("jobdb-api"),
                "mcfpipe Database API: schema-enforced /{table}/{id} routes over DynamoDB",
                props.getApiJar(), API_HANDLER, Duration.seconds(29),
                Map.of("MCFPIPE_STAGE", stage.name(), "JAVA_TOOL_OPTIONS", API_JVM_FLAGS)),
                props.getVpc(), props.getPrivateSubnets(), props.getLambdaSecurityGroup());
        for (DataTable table : tables.values()) {
            table.grant(apiFunction.getFunction(), API_TABLE_ACTIONS);
        }

        api = restApi(stage);
        addRoutes(api);
        // after the routes, so that the acknowledgements reach every method
        NagSuppressions.addResourceSuppressions(api, List.of(
                NagPackSuppression.builder().id("AwsSolutions-COG4")
                        .reason("callers are AWS principals (the tester task, operators' CLI) signing with SigV4:"
                                + " every method uses IAM authorisation instead of a Cognito user pool")
                        .build(),
                NagPackSuppression.builder().id("AwsSolutions-APIG2")
                        .reason("path parameters are validated at the gateway; bodies are validated by the handler"
                                + " against db_schema.json so that errors keep the API's codes (required, bad_json,"
                                + " date_format), which a gateway model would replace with a generic 400")
                        .build(),
                NagPackSuppression.builder().id("AwsSolutions-IAM4")
                        .reason("the account-wide API Gateway logging role uses AmazonAPIGatewayPushToCloudWatchLogs,"
                                + " the policy AWS maintains for exactly that service role")
                        .appliesTo(List.of("Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/"
                                + "AmazonAPIGatewayPushToCloudWatchLogs"))
                        .build()), true);
        if (props.isApiFirewall()) {
            sizeLimitFirewall(stage);
        } else {
            NagSuppressions.addResourceSuppressions(api.getDeploymentStage(), List.of(NagPackSuppression.builder()
                    .id("AwsSolutions-APIG3")
                    .reason("the firewall was switched off for this synth (-c apiFirewall=false) to save its monthly"
                            + " fee; IAM authorisation and stage throttling still guard the API")
                    .build()));
        }

        CfnOutput.Builder.create(this, "ApiUrl")
                .description("Base URL of the Database API (sign requests with SigV4, service execute-api)")
                .value(api.getUrl())
                .build();
    }

    private Table table(Stage stage, TableSchema schema) {
        Table table = Table.Builder.create(this, "Table-" + schema.name())
                .tableName(stage.tableName(schema.name()))
                .partitionKey(attribute(schema.partitionKey()))
                .sortKey(schema.sortKey().map(DatabaseStack::attribute).orElse(null))
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .pointInTimeRecoverySpecification(PointInTimeRecoverySpecification.builder()
                        .pointInTimeRecoveryEnabled(true).build())
                .encryption(TableEncryption.AWS_MANAGED)
                .deletionProtection(stage.isProd())
                .removalPolicy(stage.dataRemovalPolicy())
                .build();
        for (TableSchema.Index index : schema.indexes()) {
            table.addGlobalSecondaryIndex(GlobalSecondaryIndexProps.builder()
                    .indexName(index.name())
                    .partitionKey(attribute(index.partitionKey()))
                    .sortKey(index.sortKey().map(DatabaseStack::attribute).orElse(null))
                    .projectionType(index.projection())
                    .build());
        }
        return table;
    }

    private static Attribute attribute(TableSchema.Key key) {
        return Attribute.builder().name(key.name()).type(key.type()).build();
    }

    private RestApi restApi(Stage stage) {
        LogGroup accessLogs = LogGroup.Builder.create(this, "ApiAccessLogs")
                .retention(stage.logRetention())
                .removalPolicy(stage.dataRemovalPolicy())
                .build();
        RestApi restApi = RestApi.Builder.create(this, "Api")
                .restApiName(stage.resourceName("jobdb-api"))
                .description("mcfpipe Database API (" + stage + "), IAM authorisation: sign with SigV4")
                .endpointTypes(List.of(EndpointType.REGIONAL))
                .cloudWatchRole(true)
                .defaultMethodOptions(MethodOptions.builder().authorizationType(AuthorizationType.IAM).build())
                .deployOptions(StageOptions.builder()
                        .stageName(apiStageName)
                        .throttlingRateLimit(25)
                        .throttlingBurstLimit(50)
                        .loggingLevel(MethodLoggingLevel.ERROR)
                        .dataTraceEnabled(false)
                        .accessLogDestination(new LogGroupLogDestination(accessLogs))
                        .accessLogFormat(AccessLogFormat.jsonWithStandardFields(JsonWithStandardFieldProps.builder()
                                .caller(true).httpMethod(true).ip(true).protocol(true).requestTime(true)
                                .resourcePath(true).responseLength(true).status(true).user(true).build()))
                        .build())
                .build();
        // API Gateway writes error logs to a group named after the API; made here so it has a retention.
        LogGroup.Builder.create(this, "ApiExecutionLogs")
                .logGroupName(Fn.join("", List.of("API-Gateway-Execution-Logs_", restApi.getRestApiId(),
                        "/", stage.name())))
                .retention(stage.logRetention())
                .removalPolicy(stage.dataRemovalPolicy())
                .build();
        // Errors the gateway answers itself (bad signature, throttled, too large) keep the API's JSON error shape.
        String errorBody = "{\"error\": {\"code\": \"$context.error.responseType\","
                + " \"message\": $context.error.messageString, \"field\": null}}";
        for (ResponseType type : List.of(ResponseType.DEFAULT_4_XX, ResponseType.DEFAULT_5_XX)) {
            restApi.addGatewayResponse("Json" + type.getResponseType(), GatewayResponseOptions.builder()
                    .type(type)
                    .templates(Map.of("application/json", errorBody))
                    .build());
        }
        return restApi;
    }

    /**
     * The routes of jobdb/API.md. Each path also takes ANY, so a method a path does not take reaches the handler,
     * which answers 405 with the Allow header (the gateway alone would answer 403).
     */
    private void addRoutes(RestApi restApi) {
        LambdaIntegration handler = LambdaIntegration.Builder.create(apiFunction.getFunction())
                .proxy(true)
                .allowTestInvoke(false)
                .build();
        RequestValidator validator = restApi.addRequestValidator("PathValidator", RequestValidatorOptions.builder()
                .requestValidatorName("path-parameters")
                .validateRequestParameters(true)
                .validateRequestBody(false) // bodies are validated by the handler against db_schema.json
                .build());

        route(restApi.getRoot(), handler, validator, List.of(), "GET");
        Resource table = restApi.getRoot().addResource("{table}");
        route(table, handler, validator, List.of("table"), "POST");
        route(table.addResource("{id}"), handler, validator, List.of("table", "id"), "GET", "PUT", "DELETE");
        route(table.addResource("batch"), handler, validator, List.of("table"), "POST");
        route(table.addResource("search"), handler, validator, List.of("table"), "GET");
        route(table.addResource("delete"), handler, validator, List.of("table"), "POST");
    }

    private static void route(IResource resource, LambdaIntegration handler, RequestValidator validator,
                              List<String> pathParameters, String... methods) {
        Map<String, Boolean> required = new LinkedHashMap<>();
        for (String name : pathParameters) {
            required.put("method.request.path." + name, true);
        }
        MethodOptions options = MethodOptions.builder()
                .authorizationType(AuthorizationType.IAM)
                .requestValidator(validator)
                .requestParameters(Collections.unmodifiableMap(required))
                .build();
        for (String method : methods) {
            resource.addMethod(method, handler, options);
        }
        resource.addMethod("ANY", handler, options);
    }

    private void sizeLimitFirewall(Stage stage) {
        String metric = stage.resourceName("jobdb-api-firewall");
        String tooLarge = "{\"error\": {\"code\": \"body_too_large\", \"message\": \"request body is over "
                + MAX_BODY_BYTES + " bytes (6 MiB)\", \"field\": null}}";
        CfnWebACL acl = CfnWebACL.Builder.create(this, "ApiFirewall")
                .name(metric)
                .scope("REGIONAL")
                .description("Refuses requests whose declared body is over 6 MiB before they reach the Lambda")
                .defaultAction(CfnWebACL.DefaultActionProperty.builder()
                        .allow(CfnWebACL.AllowActionProperty.builder().build()).build())
                .customResponseBodies(Map.of("bodyTooLarge", CfnWebACL.CustomResponseBodyProperty.builder()
                        .contentType("APPLICATION_JSON").content(tooLarge).build()))
                .visibilityConfig(visibility(metric))
                .rules(List.of(CfnWebACL.RuleProperty.builder()
                        .name("body-too-large")
                        .priority(0)
                        .action(CfnWebACL.RuleActionProperty.builder()
                                .block(CfnWebACL.BlockActionProperty.builder()
                                        .customResponse(CfnWebACL.CustomResponseProperty.builder()
                                                .responseCode(413).customResponseBodyKey("bodyTooLarge").build())
                                        .build())
                                .build())
                        .statement(CfnWebACL.StatementProperty.builder()
                                .regexMatchStatement(CfnWebACL.RegexMatchStatementProperty.builder()
                                        .regexString(DecimalAbove.regex(MAX_BODY_BYTES))
                                        .fieldToMatch(CfnWebACL.FieldToMatchProperty.builder()
                                                .singleHeader(Map.of("Name", "content-length")).build())
                                        .textTransformations(List.of(CfnWebACL.TextTransformationProperty.builder()
                                                .priority(0).type("NONE").build()))
                                        .build())
                                .build())
                        .visibilityConfig(visibility(metric + "-body-too-large"))
                        .build()))
                .build();
        CfnWebACLAssociation.Builder.create(this, "ApiFirewallAssociation")
                .resourceArn(api.getDeploymentStage().getStageArn())
                .webAclArn(acl.getAttrArn())
                .build();
    }

    private static CfnWebACL.VisibilityConfigProperty visibility(String metric) {
        return CfnWebACL.VisibilityConfigProperty.builder()
                .cloudWatchMetricsEnabled(true).sampledRequestsEnabled(true).metricName(metric).build();
    }

    /** Every table of the schema, by schema name (job, job_search, ...). */
    public Map<String, DataTable> getTables() {
        return Collections.unmodifiableMap(tables);
    }

    /** One table by its schema name; fails on a name the schema lacks, so a typo cannot wire nothing. */
    public DataTable getTable(String schemaName) {
        DataTable table = tables.get(schemaName);
        if (table == null) {
            throw new IllegalArgumentException("no table '" + schemaName + "' in db_schema.json; have " + tables.keySet());
        }
        return table;
    }

    public RestApi getApi() {
        return api;
    }

    /** What callers of the API (the tester) are given: its URL and invoke ARN. */
    public DatabaseApi getDatabaseApi() {
        return new DatabaseApi(api, apiStageName);
    }

    public PrivateJavaFunction getApiFunction() {
        return apiFunction;
    }
}

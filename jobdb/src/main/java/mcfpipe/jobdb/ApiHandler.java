package mcfpipe.jobdb;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import mcfpipe.storage.Json;
import mcfpipe.storage.aws.AwsClients;
import mcfpipe.storage.schema.Schema;
import mcfpipe.storage.store.TablePrefix;
import mcfpipe.storage.store.TableStore;
import mcfpipe.storage.validate.StorageException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The Database API Lambda. It only translates: the event becomes an {@link ApiRequest}, the {@link Router}
 * picks the route, and the answer or the refusal becomes a JSON response. No exception escapes.
 */
public final class ApiHandler implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {
    private final Router router;
    private final AccessLog log;

    /** Lambda's constructor: the schema and the DynamoDB client are built once per container. */
    public ApiHandler() {
        this(Environment.fromSystem());
    }

    private ApiHandler(Environment env) {
        this(new TableStore(AwsClients.configure(DynamoDbClient.builder(), "dynamodb").build(), env.schema,
                env.tablePrefix, Clock.systemUTC()), env.schema, env.stage);
    }

    public ApiHandler(TableStore store, Schema schema) {
        this(store, schema, "local");
    }

    public ApiHandler(TableStore store, Schema schema, String stage) {
        IdGenerator ids = new IdGenerator();
        ItemRoutes items = new ItemRoutes(store, schema, ids);
        BatchRoutes batch = new BatchRoutes(store, schema, ids);
        SearchRoutes search = new SearchRoutes(store, schema);
        ServiceRoutes service = new ServiceRoutes(schema, stage);
        this.router = new Router()
                .add("GET", "/", service::describe)
                .add("POST", "/{table}", items::create)
                .add("GET", "/{table}/{id}", items::get)
                .add("PUT", "/{table}/{id}", items::replace)
                .add("DELETE", "/{table}/{id}", items::delete)
                .add("POST", "/{table}/batch", batch::put)
                .add("POST", "/{table}/delete", batch::delete)
                .add("GET", "/{table}/search", search::search);
        this.log = new AccessLog();
    }

    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        long start = System.nanoTime();
        String requestId = context != null ? context.getAwsRequestId() : null;
        ApiResponse response;
        Throwable fault = null;
        try {
            ApiRequest request = EventTranslator.request(event, requestId);
            response = router.dispatch(request);
        } catch (ApiException e) {
            response = Errors.response(e);
        } catch (StorageException e) {
            response = Errors.response(Errors.fromStorage(e));
        } catch (RuntimeException e) {
            // A bug or an AWS fault, never the caller's input: logged whole, answered without internals.
            fault = e;
            response = Errors.response(new ApiException(500, "internal", "internal error; request id " + requestId, null));
        }
        log.write(context, event, requestId, response, (System.nanoTime() - start) / 1_000_000, fault);
        return toEvent(response);
    }

    /**
     * A refusal made before the handler sees the request (the local server's reading of a query string, as API
     * Gateway's own would be), in the API's error shape.
     */
    static APIGatewayProxyResponseEvent refusal(ApiException e) {
        return toEvent(Errors.response(e));
    }

    private static APIGatewayProxyResponseEvent toEvent(ApiResponse response) {
        Map<String, String> headers = new HashMap<>(response.headers());
        headers.put("Content-Type", "application/json; charset=utf-8");
        String body;
        try {
            // through the configured mapper: JsonNode.toString() ignores it and would write 0.0000001 as 1E-7
            body = Json.mapper().writeValueAsString(response.body());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a response body that cannot be written as JSON", e);
        }
        return new APIGatewayProxyResponseEvent().withStatusCode(response.status()).withHeaders(headers)
                .withBody(body).withIsBase64Encoded(false);
    }

    /** What the Lambda reads from its environment, once. */
    private record Environment(Schema schema, String stage, String tablePrefix) {
        static Environment fromSystem() {
            Map<String, String> env = System.getenv();
            return new Environment(Schema.loadDefault(), TablePrefix.stage(env), TablePrefix.fromEnvironment(env));
        }
    }

}

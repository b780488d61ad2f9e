package mcfpipe.jobdb;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import java.util.Map;

/**
 * Run by {@link JarIT} in a child JVM whose classpath is the shaded Lambda jar (plus this class): builds the
 * handler with Lambda's no-argument constructor, as the runtime does, and prints what a create and a read answer.
 */
public final class ShadedJarProbe {
    private ShadedJarProbe() {}

    public static void main(String[] args) {
        ApiHandler handler = new ApiHandler();
        APIGatewayProxyResponseEvent created = handler.handleRequest(new APIGatewayProxyRequestEvent().withHttpMethod("POST")
                .withPath("/job").withHeaders(Map.of("Content-Type", "application/json"))
                .withBody("{\"job_id\":\"probe-1\",\"position\":\"Data Engineer\",\"posted_date\":\"2025-08-02\",\"status\":0}"), null);
        System.out.println("create " + created.getStatusCode());
        APIGatewayProxyResponseEvent read = handler.handleRequest(new APIGatewayProxyRequestEvent().withHttpMethod("GET")
                .withPath("/job/probe-1"), null);
        System.out.println("read " + read.getStatusCode() + " " + read.getBody());
    }
}

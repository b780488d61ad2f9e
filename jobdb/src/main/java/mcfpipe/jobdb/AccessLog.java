package mcfpipe.jobdb;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import mcfpipe.storage.Json;

/** One structured JSON log line per request, with the request id, so CloudWatch Logs Insights can query it. */
final class AccessLog {

    void write(Context context, APIGatewayProxyRequestEvent event, String requestId, ApiResponse response, long millis,
               Throwable fault) {
        ObjectNode line = Json.mapper().createObjectNode();
        line.put("level", fault != null ? "ERROR" : response.status() >= 400 ? "WARN" : "INFO");
        line.put("request_id", requestId);
        line.put("method", event == null ? null : event.getHttpMethod());
        line.put("path", event == null ? null : event.getPath());
        line.put("status", response.status());
        line.put("duration_ms", millis);
        JsonNode error = response.body().get("error");
        if (error != null) line.put("error_code", error.path("code").asText());
        if (fault != null) {
            StringWriter trace = new StringWriter();
            fault.printStackTrace(new PrintWriter(trace));
            line.put("exception", trace.toString());
        }
        if (context != null) context.getLogger().log(line + "\n");
        else System.out.println(line);
    }
}

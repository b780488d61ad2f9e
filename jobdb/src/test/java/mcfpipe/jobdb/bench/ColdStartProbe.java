package mcfpipe.jobdb.bench;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import mcfpipe.jobdb.ApiHandler;

/**
 * The child JVM of the cold start benchmark, run on the shaded Lambda jar: builds the handler as Lambda does
 * (no-argument constructor, configuration from the environment), answers one GET, prints when each step
 * ended in milliseconds since the parent's launch time (args[1], epoch ms), and exits.
 */
public final class ColdStartProbe {
    private ColdStartProbe() {}

    public static void main(String[] args) {
        long launched = Long.parseLong(args[1]);
        long main = System.currentTimeMillis();
        ApiHandler handler = new ApiHandler();
        long built = System.currentTimeMillis();
        APIGatewayProxyResponseEvent r = handler.handleRequest(new APIGatewayProxyRequestEvent().withHttpMethod("GET")
                .withPath("/job/" + args[0]), null);
        long answered = System.currentTimeMillis();
        System.out.println("phases " + (main - launched) + " " + (built - main) + " " + (answered - built));
        System.out.println("answered " + r.getStatusCode());
        System.out.flush();
    }
}

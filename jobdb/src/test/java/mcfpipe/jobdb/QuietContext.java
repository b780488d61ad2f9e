package mcfpipe.jobdb;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import java.nio.charset.StandardCharsets;

/** A Lambda context whose logger keeps the last line instead of printing it, so a failing check can show it. */
final class QuietContext implements Context {
    private final String requestId;
    private volatile String lastLine = "";

    QuietContext(String requestId) {
        this.requestId = requestId;
    }

    /** The last log line, cut short: the start of a stack trace is enough to see where a fault came from. */
    String lastLine() {
        return lastLine.length() > 1500 ? lastLine.substring(0, 1500) + "..." : lastLine;
    }

    @Override public String getAwsRequestId() { return requestId; }
    @Override public String getLogGroupName() { return "test"; }
    @Override public String getLogStreamName() { return "test"; }
    @Override public String getFunctionName() { return "test"; }
    @Override public String getFunctionVersion() { return "$LATEST"; }
    @Override public String getInvokedFunctionArn() { return "arn:aws:lambda:local:000000000000:function:test"; }
    @Override public CognitoIdentity getIdentity() { return null; }
    @Override public ClientContext getClientContext() { return null; }
    @Override public int getRemainingTimeInMillis() { return 30_000; }
    @Override public int getMemoryLimitInMB() { return 1024; }

    @Override
    public LambdaLogger getLogger() {
        return new LambdaLogger() {
            @Override
            public void log(String message) {
                lastLine = message;
            }

            @Override
            public void log(byte[] message) {
                lastLine = new String(message, StandardCharsets.UTF_8);
            }
        };
    }
}

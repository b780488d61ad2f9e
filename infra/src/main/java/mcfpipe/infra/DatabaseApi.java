package mcfpipe.infra;

import java.util.List;

import software.amazon.awscdk.Aws;
import software.amazon.awscdk.Fn;
import software.amazon.awscdk.services.apigateway.RestApi;

/**
 * The deployed Database API as its callers need it: the base URL and the ARN that execute-api:Invoke names.
 * Both are built from the API id and the stage name, so another stack refers to the API alone (one export)
 * and never to the stage resource.
 */
public record DatabaseApi(RestApi restApi, String stageName) {

    /** {@code https://<id>.execute-api.<region>.<suffix>/<stage>/} */
    public String url() {
        return Fn.join("", List.of("https://", restApi.getRestApiId(), ".execute-api.", Aws.REGION, ".",
                Aws.URL_SUFFIX, "/", stageName, "/"));
    }

    /** Every method and path of this API's stage. */
    public String invokeArn() {
        return restApi.arnForExecuteApi("*", "/*", stageName);
    }
}

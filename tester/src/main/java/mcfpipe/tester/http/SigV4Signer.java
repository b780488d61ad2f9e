package mcfpipe.tester.http;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;

/** Signs requests with SigV4 for API Gateway (service {@code execute-api}), as IAM authorisation requires. */
public final class SigV4Signer implements RequestSigner {
    public static final String SERVICE = "execute-api";

    // java.net.http sets these itself and refuses them from callers; Host is derived from the same URI we sign
    private static final Set<String> SET_BY_CLIENT = Set.of("host", "content-length", "connection", "expect", "upgrade");

    private final String region;
    private final AwsCredentialsProvider credentials;
    private final AwsV4HttpSigner signer = AwsV4HttpSigner.create();

    public SigV4Signer(String region, AwsCredentialsProvider credentials) {
        this.region = region;
        this.credentials = credentials;
    }

    /** Credentials from the default chain: environment, profile, or the Fargate task role. */
    public static SigV4Signer withDefaultCredentials(String region) {
        return new SigV4Signer(region, DefaultCredentialsProvider.builder().build());
    }

    @Override
    public Map<String, List<String>> sign(String method, URI uri, Map<String, String> headers, byte[] body) {
        SdkHttpRequest.Builder request = SdkHttpRequest.builder().method(SdkHttpMethod.fromValue(method)).uri(uri);
        headers.forEach(request::putHeader);
        SignedRequest signed = signer.sign(r -> r.identity(credentials.resolveCredentials())
                .request(request.build())
                .payload(body == null ? null : ContentStreamProvider.fromByteArray(body))
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, SERVICE)
                .putProperty(AwsV4HttpSigner.REGION_NAME, region));
        Map<String, List<String>> added = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        signed.request().headers().forEach((name, values) -> {
            boolean alreadyThere = headers.keySet().stream().anyMatch(name::equalsIgnoreCase);
            if (!alreadyThere && !SET_BY_CLIENT.contains(name.toLowerCase(Locale.ROOT))) added.put(name, values);
        });
        return added;
    }
}

package mcfpipe.storage.aws;

import java.net.URI;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;

/**
 * Builds AWS SDK clients the same way everywhere: the url-connection HTTP client (the only one on the
 * classpath, for small jars and fast cold starts), the region from AWS_REGION, and, when an endpoint is set
 * (a local stand-in), that endpoint with dummy credentials.
 */
public final class AwsClients {
    private AwsClients() {}

    public static final String DEFAULT_REGION = "ap-southeast-1";

    /** Environment variable that points a service at a local endpoint, e.g. MCFPIPE_DYNAMODB_ENDPOINT. */
    public static String endpointVariable(String service) {
        return "MCFPIPE_" + service.toUpperCase(java.util.Locale.ROOT) + "_ENDPOINT";
    }

    /** Configures from the process environment. */
    public static <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C> B configure(B builder, String service) {
        return configure(builder, System.getenv(endpointVariable(service)), System.getenv());
    }

    /** Configures with an explicit endpoint (null or blank for the real AWS endpoint). */
    public static <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C> B configure(
            B builder, String endpoint, Map<String, String> env) {
        String region = env.getOrDefault("AWS_REGION", env.getOrDefault("AWS_DEFAULT_REGION", DEFAULT_REGION));
        builder.region(Region.of(region)).httpClientBuilder(UrlConnectionHttpClient.builder());
        if (endpoint != null && !endpoint.isBlank()) {
            builder.endpointOverride(URI.create(endpoint))
                    .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")));
        } else {
            builder.credentialsProvider(DefaultCredentialsProvider.builder().build());
        }
        return builder;
    }
}

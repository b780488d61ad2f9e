package mcfpipe.standins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;

/** The stand-ins answer the real AWS SDK, and what is stored under a data folder survives a restart. */
class StandInsTest {
    private static final StaticCredentialsProvider CREDS =
            StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local"));

    @Test
    void dataSurvivesRestartAndEveryServiceAnswers(@TempDir Path dir) {
        try (StandIns s = StandIns.start(dir)) {
            try (DynamoDbClient ddb = DynamoDbClient.builder().endpointOverride(URI.create(s.dynamoDbEndpoint()))
                    .region(Region.AP_SOUTHEAST_1).credentialsProvider(CREDS)
                    .httpClientBuilder(UrlConnectionHttpClient.builder()).build();
                 S3Client s3 = S3Client.builder().endpointOverride(URI.create(s.s3Endpoint())).forcePathStyle(true)
                    .region(Region.AP_SOUTHEAST_1).credentialsProvider(CREDS)
                    .httpClientBuilder(UrlConnectionHttpClient.builder()).build();
                 SqsClient sqs = SqsClient.builder().endpointOverride(URI.create(s.sqsEndpoint()))
                    .region(Region.AP_SOUTHEAST_1).credentialsProvider(CREDS)
                    .httpClientBuilder(UrlConnectionHttpClient.builder()).build()) {
                ddb.createTable(b -> b.tableName("things").billingMode(BillingMode.PAY_PER_REQUEST)
                        .attributeDefinitions(AttributeDefinition.builder().attributeName("id")
                                .attributeType(ScalarAttributeType.S).build())
                        .keySchema(KeySchemaElement.builder().attributeName("id").keyType(KeyType.HASH).build()));
                s3.createBucket(b -> b.bucket("raw-pages"));
                s3.putObject(b -> b.bucket("raw-pages").key("raw/a.html"), RequestBody.fromString("<html/>"));
                String q = sqs.createQueue(b -> b.queueName("pages")).queueUrl();
                sqs.sendMessage(b -> b.queueUrl(q).messageBody("hello"));
                assertEquals("hello", sqs.receiveMessage(b -> b.queueUrl(q)).messages().get(0).body());
            }
        }
        assertTrue(Files.isDirectory(dir.resolve("dynamodb")));
        try (StandIns s = StandIns.start(dir)) {
            try (DynamoDbClient ddb = DynamoDbClient.builder().endpointOverride(URI.create(s.dynamoDbEndpoint()))
                    .region(Region.AP_SOUTHEAST_1).credentialsProvider(CREDS)
                    .httpClientBuilder(UrlConnectionHttpClient.builder()).build();
                 S3Client s3 = S3Client.builder().endpointOverride(URI.create(s.s3Endpoint())).forcePathStyle(true)
                    .region(Region.AP_SOUTHEAST_1).credentialsProvider(CREDS)
                    .httpClientBuilder(UrlConnectionHttpClient.builder()).build()) {
                assertEquals(java.util.List.of("things"), ddb.listTables().tableNames());
                assertEquals("<html/>", s3.getObjectAsBytes(b -> b.bucket("raw-pages").key("raw/a.html")).asUtf8String());
            }
        }
    }
}

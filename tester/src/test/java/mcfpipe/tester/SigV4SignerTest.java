package mcfpipe.tester;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import mcfpipe.tester.http.SigV4Signer;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

class SigV4SignerTest {
    private final SigV4Signer signer = new SigV4Signer("ap-southeast-1",
            StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEXAMPLE", "secret")));

    @Test
    void signsForExecuteApiInTheRegion() {
        Map<String, List<String>> added = signer.sign("POST",
                URI.create("https://abc.execute-api.ap-southeast-1.amazonaws.com/dev/job/a%2Fb?limit=3"),
                Map.of("Content-Type", "application/json"), "{}".getBytes(StandardCharsets.UTF_8));
        String authorization = added.get("Authorization").get(0);
        assertTrue(authorization.startsWith("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/"), authorization);
        assertTrue(authorization.contains("/ap-southeast-1/execute-api/aws4_request"), authorization);
        assertTrue(authorization.contains("content-type"), "the content type is signed: " + authorization);
        assertTrue(added.containsKey("X-Amz-Date"), added.toString());
    }

    @Test
    void leavesHeadersTheHttpClientSetsItselfAlone() {
        Map<String, List<String>> added = signer.sign("GET", URI.create("https://abc.example.com/dev/"), Map.of(), null);
        assertFalse(added.keySet().stream().anyMatch(h -> h.equalsIgnoreCase("host")), added.toString());
        assertFalse(added.keySet().stream().anyMatch(h -> h.equalsIgnoreCase("content-length")), added.toString());
    }
}

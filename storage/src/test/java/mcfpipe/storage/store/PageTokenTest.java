package mcfpipe.storage.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import mcfpipe.storage.schema.DataType;
import mcfpipe.storage.validate.ValidationException;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class PageTokenTest {
    private static final Map<String, AttributeValue> KEY = Map.of("job_id", AttributeValue.fromS("j1"),
            "posted_date", AttributeValue.fromS("2025-05-24"));
    private static final Map<String, DataType> ATTRIBUTES = Map.of("job_id", DataType.STRING, "posted_date", DataType.STRING);

    @Test
    void roundTrip() {
        String token = PageToken.encode("scope", KEY);
        assertEquals(KEY, PageToken.decode("scope", token, ATTRIBUTES));
    }

    @Test
    void tokenOfAnotherScopeIsRejected() {
        String token = PageToken.encode("query job posted_date-index 2025-05-24", KEY);
        assertBad(() -> PageToken.decode("query job posted_date-index 2025-05-25", token, ATTRIBUTES));
    }

    @Test
    void changedPayloadIsRejected() {
        String token = PageToken.encode("scope", KEY);
        String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(
                "{\"job_id\":{\"S\":\"j9\"},\"posted_date\":{\"S\":\"2025-05-24\"}}".getBytes(StandardCharsets.UTF_8));
        assertBad(() -> PageToken.decode("scope", forged + token.substring(token.indexOf('.')), ATTRIBUTES));
    }

    @Test
    void garbageIsRejected() {
        assertBad(() -> PageToken.decode("scope", "not a token", ATTRIBUTES));
        assertBad(() -> PageToken.decode("scope", "a.b.c", ATTRIBUTES));
        assertBad(() -> PageToken.decode("scope", "", ATTRIBUTES));
    }

    @Test
    void aTokenWithOtherKeyAttributesIsRejected() {
        String token = PageToken.encode("scope", Map.of("job_id", AttributeValue.fromS("j1")));
        assertBad(() -> PageToken.decode("scope", token, ATTRIBUTES));
    }

    /** The checksum is no secret: a recomputed one passes, so the key itself must be of the table's types. */
    @Test
    void aForgedKeyOfTheWrongTypeOrEmptyIsRejected() {
        assertBad(() -> PageToken.decode("scope", PageToken.encode("scope", Map.of("job_id", AttributeValue.fromN("1"),
                "posted_date", AttributeValue.fromS("2025-05-24"))), ATTRIBUTES));
        assertBad(() -> PageToken.decode("scope", PageToken.encode("scope", Map.of("job_id", AttributeValue.fromS(""),
                "posted_date", AttributeValue.fromS("2025-05-24"))), ATTRIBUTES));
        Map<String, DataType> numbered = Map.of("track_id", DataType.STRING, "score", DataType.NUMBER);
        assertBad(() -> PageToken.decode("scope", PageToken.encode("scope", Map.of("track_id", AttributeValue.fromS("t"),
                "score", AttributeValue.fromN("1e2147483647"))), numbered));
        assertEquals(AttributeValue.fromN("0.5"), PageToken.decode("scope", PageToken.encode("scope", Map.of("track_id",
                AttributeValue.fromS("t"), "score", AttributeValue.fromN("0.5"))), numbered).get("score"));
    }

    private static void assertBad(org.junit.jupiter.api.function.Executable decode) {
        ValidationException e = assertThrows(ValidationException.class, decode);
        assertEquals("bad_token", e.code());
        assertEquals("next", e.field());
    }
}

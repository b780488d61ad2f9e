package mcfpipe.tester.plan;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import mcfpipe.tester.http.ApiReply;

/** The checks cases make; each failure names what was expected, what came, and the exchange. */
public final class Expect {
    private Expect() {}

    public static void that(boolean condition, String message) {
        if (!condition) throw new CaseFailure(message);
    }

    public static void status(ApiReply reply, int expected) {
        if (reply.status() != expected) {
            throw new CaseFailure("expected status " + expected + " got " + reply.status() + " " + reply.describe());
        }
    }

    /** The status, and a JSON object as the body. */
    public static JsonNode object(ApiReply reply, int expectedStatus) {
        status(reply, expectedStatus);
        JsonNode json = reply.json();
        that(json != null && json.isObject(), "expected a JSON object body " + reply.describe());
        return json;
    }

    /** An error answer: the status, the envelope {"error": {code, message, field}} and the code. */
    public static ErrorCheck error(ApiReply reply, int expectedStatus, String expectedCode) {
        JsonNode body = object(reply, expectedStatus);
        JsonNode error = body.get("error");
        that(error != null && error.isObject(), "expected an \"error\" object " + reply.describe());
        String code = error.path("code").asText(null);
        that(expectedCode.equals(code), "expected error code '" + expectedCode + "' got '" + code + "' " + reply.describe());
        that(error.path("message").isTextual(), "expected an error message " + reply.describe());
        that(error.has("field"), "expected an error \"field\" (a name or null) " + reply.describe());
        return new ErrorCheck(reply, error);
    }

    /** A field that must be present and not null. */
    public static JsonNode field(JsonNode node, String name, ApiReply reply) {
        JsonNode value = node == null ? null : node.get(name);
        that(value != null && !value.isNull(), "expected field '" + name + "' " + reply.describe());
        return value;
    }

    public static void text(JsonNode node, String name, String expected, ApiReply reply) {
        String actual = field(node, name, reply).asText();
        that(field(node, name, reply).isTextual() && expected.equals(actual),
                "expected " + name + " '" + expected + "' got '" + actual + "' " + reply.describe());
    }

    /** A JSON number equal in value to the decimal text (so 0.10 and 0.1 agree, 9007199254740992 and ...993 do not). */
    public static void number(JsonNode node, String name, String expected, ApiReply reply) {
        JsonNode value = field(node, name, reply);
        that(value.isNumber(), "expected " + name + " as a JSON number got " + value + " " + reply.describe());
        that(value.decimalValue().compareTo(new BigDecimal(expected)) == 0,
                "expected " + name + " " + expected + " got " + value + " " + reply.describe());
    }

    public static void equal(Object expected, Object actual, String what, ApiReply reply) {
        that(Objects.equals(expected, actual), "expected " + what + " " + expected + " got " + actual + " " + reply.describe());
    }

    /** `ids` is exactly this list. */
    public static void ids(JsonNode body, ApiReply reply, String... expected) {
        JsonNode ids = field(body, "ids", reply);
        that(ids.isArray(), "expected ids as a list " + reply.describe());
        equal(List.of(expected), texts(ids), "ids", reply);
    }

    public static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.isTextual() ? n.asText() : n.toString()));
        return out;
    }

    /** Further checks of an error answer. */
    public static final class ErrorCheck {
        private final ApiReply reply;
        private final JsonNode error;

        private ErrorCheck(ApiReply reply, JsonNode error) {
            this.reply = reply;
            this.error = error;
        }

        public ErrorCheck field(String expected) {
            String actual = error.path("field").isNull() ? null : error.path("field").asText();
            that(expected.equals(actual), "expected error field '" + expected + "' got '" + actual + "' " + reply.describe());
            return this;
        }

        /** The message names each word (case-insensitively), as people read it to find the rule broken. */
        public ErrorCheck mentions(String... words) {
            String message = error.path("message").asText();
            for (String word : words) {
                that(message.toLowerCase().contains(word.toLowerCase()),
                        "expected the error message to name '" + word + "' " + reply.describe());
            }
            return this;
        }
    }
}

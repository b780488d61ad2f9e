package mcfpipe.storage.store;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Collects the names and values of one request's expressions as placeholders (#n0, :v0 ...), so any
 * column name works, including DynamoDB reserved words such as status, name, position and url.
 */
final class Expressions {
    private final Map<String, String> aliasByName = new HashMap<>();
    private final Map<String, String> names = new LinkedHashMap<>();
    private final Map<String, AttributeValue> values = new LinkedHashMap<>();

    /** The placeholder for an attribute name; the same name always gets the same placeholder. */
    String name(String attribute) {
        return aliasByName.computeIfAbsent(attribute, a -> {
            String alias = "#n" + names.size();
            names.put(alias, a);
            return alias;
        });
    }

    /** A fresh placeholder for a value. */
    String value(AttributeValue value) {
        String alias = ":v" + values.size();
        values.put(alias, value);
        return alias;
    }

    /** Null when empty: DynamoDB rejects an empty map. */
    Map<String, String> names() {
        return names.isEmpty() ? null : names;
    }

    Map<String, AttributeValue> values() {
        return values.isEmpty() ? null : values;
    }
}

package mcfpipe.storage.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** One page of a query or scan; {@code next} is the opaque token for the following page, null when done. */
public record Page(List<ObjectNode> items, String next) {
    public Page {
        items = List.copyOf(items);
    }
}

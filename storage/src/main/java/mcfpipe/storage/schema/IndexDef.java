package mcfpipe.storage.schema;

import java.util.Optional;

/** A global secondary index: its partition key, optional sort key and projection (ALL or KEYS_ONLY). */
public final class IndexDef {
    private final String name;
    private final String partitionKey;
    private final String sortKey;
    private final String projection;

    public IndexDef(String name, String partitionKey, String sortKey, String projection) {
        this.name = name;
        this.partitionKey = partitionKey;
        this.sortKey = sortKey;
        this.projection = projection;
    }

    public String name() {
        return name;
    }

    public String partitionKey() {
        return partitionKey;
    }

    public Optional<String> sortKey() {
        return Optional.ofNullable(sortKey);
    }

    public String projection() {
        return projection;
    }

    @Override
    public String toString() {
        return "IndexDef[" + name + ": " + partitionKey + (sortKey == null ? "" : ", " + sortKey) + ", " + projection + "]";
    }
}

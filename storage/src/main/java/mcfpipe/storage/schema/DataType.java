package mcfpipe.storage.schema;

import java.util.Optional;

/** The column types of the schema, with their spelling in db_schema.json. */
public enum DataType {
    STRING("String"),
    NUMBER("Number"),
    BOOLEAN("Boolean"),
    STRING_LIST("StringList");

    private final String schemaName;

    DataType(String schemaName) {
        this.schemaName = schemaName;
    }

    /** The spelling in the schema file and in error messages, e.g. "Number". */
    public String schemaName() {
        return schemaName;
    }

    public static Optional<DataType> fromSchemaName(String name) {
        for (DataType t : values()) {
            if (t.schemaName.equals(name)) return Optional.of(t);
        }
        return Optional.empty();
    }

    /** DynamoDB keys can only be strings, numbers or binary; we use the first two. */
    public boolean canBeKey() {
        return this == STRING || this == NUMBER;
    }

    @Override
    public String toString() {
        return schemaName;
    }
}

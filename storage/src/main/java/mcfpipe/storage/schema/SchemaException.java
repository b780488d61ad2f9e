package mcfpipe.storage.schema;

/** The schema file is broken; the message names the file, the table and the column or index at fault. */
public class SchemaException extends RuntimeException {
    public SchemaException(String message) {
        super(message);
    }

    public SchemaException(String message, Throwable cause) {
        super(message, cause);
    }
}

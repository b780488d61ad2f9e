package mcfpipe.storage.validate;

/**
 * A problem the caller can act on, with a machine code, the offending field (or null) and a message
 * that names both. Faults of the store itself (network, AWS) stay as the SDK's own exceptions.
 */
public abstract class StorageException extends RuntimeException {
    private final String code;
    private final String field;

    protected StorageException(String code, String field, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
        this.field = field;
    }

    /** Machine-readable code, e.g. {@code required}, {@code conflict}. */
    public String code() {
        return code;
    }

    /** The field (column, parameter) at fault, or null when the problem is not about one field. */
    public String field() {
        return field;
    }

    /** The HTTP status an API answers with for this problem. */
    public abstract int httpStatus();
}

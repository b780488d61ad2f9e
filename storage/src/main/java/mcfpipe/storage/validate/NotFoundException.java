package mcfpipe.storage.validate;

/** An item (or, via {@link UnknownTableException}, a table) that does not exist. HTTP 404. */
public class NotFoundException extends StorageException {
    public static final String NOT_FOUND = "not_found";

    public NotFoundException(String field, String message) {
        this(NOT_FOUND, field, message);
    }

    protected NotFoundException(String code, String field, String message) {
        super(code, field, message, null);
    }

    @Override
    public int httpStatus() {
        return 404;
    }
}

package mcfpipe.storage.validate;

/** A write whose condition did not hold, e.g. creating an item that already exists. HTTP 409. */
public class ConflictException extends StorageException {
    public static final String CONFLICT = "conflict";

    public ConflictException(String field, String message) {
        super(CONFLICT, field, message, null);
    }

    @Override
    public int httpStatus() {
        return 409;
    }
}

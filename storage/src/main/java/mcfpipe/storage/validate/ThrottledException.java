package mcfpipe.storage.validate;

/** DynamoDB kept refusing a write (unprocessed items) after every retry; trying later may succeed. HTTP 503. */
public class ThrottledException extends StorageException {
    public static final String THROTTLED = "throttled";

    public ThrottledException(String field, String message) {
        super(THROTTLED, field, message, null);
    }

    @Override
    public int httpStatus() {
        return 503;
    }
}

package mcfpipe.storage.validate;

/** Bad input: a record, key, token or parameter that breaks a rule. HTTP 400 (413 for a too-large item). */
public class ValidationException extends StorageException {
    public static final String REQUIRED = "required";
    public static final String TYPE = "type";
    public static final String DATE_FORMAT = "date_format";
    public static final String UNKNOWN_COLUMN = "unknown_column";
    public static final String EMPTY_KEY = "empty_key";
    public static final String KEY_TOO_LONG = "key_too_long";
    public static final String NUMBER_PRECISION = "number_precision";
    public static final String NUMBER_RANGE = "number_range";
    public static final String NOT_ALLOWED = "not_allowed";
    public static final String ITEM_TOO_LARGE = "item_too_large";
    public static final String DUPLICATE_KEY = "duplicate_key";
    public static final String KEY_MISMATCH = "key_mismatch";
    public static final String BAD_TOKEN = "bad_token";
    public static final String BAD_LIMIT = "bad_limit";
    public static final String BAD_JSON = "bad_json";
    public static final String UNKNOWN_INDEX = "unknown_index";
    public static final String BAD_QUERY = "bad_query";

    public ValidationException(String code, String field, String message) {
        super(code, field, message, null);
    }

    @Override
    public int httpStatus() {
        return ITEM_TOO_LARGE.equals(code()) ? 413 : 400;
    }
}

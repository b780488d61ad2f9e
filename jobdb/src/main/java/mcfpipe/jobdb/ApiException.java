package mcfpipe.jobdb;

/** A request the API refuses, with the HTTP status, a machine code, a message and the offending field. */
public class ApiException extends RuntimeException {
    private final int status;
    private final String code;
    private final String field;

    public ApiException(int status, String code, String message, String field) {
        super(message);
        this.status = status;
        this.code = code;
        this.field = field;
    }

    public int status() { return status; }

    public String code() { return code; }

    public String field() { return field; }
}

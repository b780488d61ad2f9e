package mcfpipe.tester.http;

/** The request got no HTTP answer at all (connection refused, timeout). */
public final class ApiUnreachableException extends RuntimeException {
    public ApiUnreachableException(String message, Throwable cause) {
        super(message, cause);
    }
}

package mcfpipe.jobpipe.etl;

/** The analysis file could not be built; the earlier file, if any, is left as it was. */
public final class EtlException extends RuntimeException {
    public EtlException(String message, Throwable cause) {
        super(message, cause);
    }
}

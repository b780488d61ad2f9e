package mcfpipe.mcfscrape;

import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** Runs an attempt up to 1 + maxRetries times, waiting an exponentially growing backoff between attempts. */
final class Retry {
    private final int maxRetries;
    private final Duration backoff;

    Retry(int maxRetries, Duration backoff) {
        this.maxRetries = maxRetries;
        this.backoff = backoff;
    }

    /** Wait before retry number {@code retry} (1-based): backoff, 2 x backoff, 4 x backoff, ... */
    static Duration backoffBefore(int retry, Duration backoff) {
        int doublings = Math.min(retry - 1, 20); // bounded so a large retry count cannot overflow
        return backoff.multipliedBy(1L << doublings);
    }

    /**
     * Returns the first successful result. {@code afterFailure} sees each failure (e.g. to replace a crashed
     * browser). When every attempt failed, throws {@link FetchFailedException} with the last reason.
     */
    <T> T run(Supplier<T> attempt, Consumer<RuntimeException> afterFailure) throws FetchFailedException {
        RuntimeException last = null;
        for (int tryNo = 0; tryNo <= maxRetries; tryNo++) {
            if (tryNo > 0) sleep(backoffBefore(tryNo, backoff));
            try {
                return attempt.get();
            } catch (RuntimeException e) {
                if (Thread.currentThread().isInterrupted()) throw new FetchFailedException("interrupted");
                last = e;
                afterFailure.accept(e);
            }
        }
        throw new FetchFailedException(describe(last) + " (after " + (maxRetries + 1) + " attempts)");
    }

    static String describe(Throwable e) {
        String message = BrowserFactory.firstLine(e.getMessage()).strip();
        return e.getClass().getSimpleName() + ": " + message;
    }

    private static void sleep(Duration d) throws FetchFailedException {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchFailedException("interrupted");
        }
    }

    /** Every attempt failed; {@link #getMessage()} is the reason for the report. */
    static final class FetchFailedException extends Exception {
        FetchFailedException(String reason) {
            super(reason);
        }
    }
}

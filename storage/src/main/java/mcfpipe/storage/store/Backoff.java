package mcfpipe.storage.store;

import java.time.Duration;

/**
 * Retry policy for work DynamoDB leaves unprocessed: at most {@code maxAttempts} calls, waiting a random
 * time ("full jitter", so parallel writers spread out) up to {@code baseDelay * 2^(retry-1)}, capped at
 * {@code maxDelay}.
 */
public record Backoff(int maxAttempts, Duration baseDelay, Duration maxDelay) {
    public static final Backoff DEFAULT = new Backoff(8, Duration.ofMillis(50), Duration.ofSeconds(5));

    public Backoff {
        if (maxAttempts < 1) throw new IllegalArgumentException("maxAttempts must be at least 1, got " + maxAttempts);
        if (baseDelay.isNegative() || maxDelay.isNegative()) throw new IllegalArgumentException("delays must not be negative");
    }

    /** The longest wait before retry number {@code retry} (1 = the first retry). */
    public Duration ceiling(int retry) {
        int doublings = Math.min(retry - 1, 30);
        long millis = baseDelay.toMillis() << doublings;
        return millis < 0 || millis > maxDelay.toMillis() ? maxDelay : Duration.ofMillis(millis);
    }

    /** The wait before retry number {@code retry}; {@code random} is uniform in [0, 1). */
    public Duration delay(int retry, double random) {
        return Duration.ofMillis((long) (ceiling(retry).toMillis() * random));
    }
}

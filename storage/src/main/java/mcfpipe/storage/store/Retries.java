package mcfpipe.storage.store;

import java.util.concurrent.ThreadLocalRandom;

/** Waits between attempts of a batch call by the backoff policy; false when no attempt is left. */
final class Retries {
    private final Sleeper sleeper;
    private final Backoff backoff;

    Retries(Sleeper sleeper, Backoff backoff) {
        this.sleeper = sleeper;
        this.backoff = backoff;
    }

    int maxAttempts() {
        return backoff.maxAttempts();
    }

    /**
     * Called after attempt number {@code attempt} left work undone: sleeps and returns true if another
     * attempt may follow, returns false when attempts are used up or the thread is interrupted.
     */
    boolean awaitNext(int attempt) {
        if (attempt >= backoff.maxAttempts()) return false;
        try {
            sleeper.sleep(backoff.delay(attempt, ThreadLocalRandom.current().nextDouble()));
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}

package mcfpipe.mcfscrape;

import java.time.Duration;

/** Keeps at least a fixed delay between two requests to the site, however long the work in between took. */
final class Pacer {
    private final Duration delay;
    private long lastTurn;
    private boolean first = true;

    Pacer(Duration delay) {
        this.delay = delay;
    }

    /** Sleeps until the delay since the previous turn has passed, then starts a new turn. */
    void awaitTurn() throws InterruptedException {
        if (!first) {
            long waitNanos = lastTurn + delay.toNanos() - System.nanoTime();
            if (waitNanos > 0) Thread.sleep(waitNanos / 1_000_000, (int) (waitNanos % 1_000_000));
        }
        first = false;
        lastTurn = System.nanoTime();
    }
}

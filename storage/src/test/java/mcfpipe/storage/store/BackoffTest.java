package mcfpipe.storage.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {
    private final Backoff backoff = new Backoff(5, Duration.ofMillis(100), Duration.ofMillis(1000));

    @Test
    void ceilingDoublesUpToTheCap() {
        assertEquals(Duration.ofMillis(100), backoff.ceiling(1));
        assertEquals(Duration.ofMillis(200), backoff.ceiling(2));
        assertEquals(Duration.ofMillis(800), backoff.ceiling(4));
        assertEquals(Duration.ofMillis(1000), backoff.ceiling(5));
        assertEquals(Duration.ofMillis(1000), backoff.ceiling(90));
    }

    @Test
    void jitterPicksWithinTheCeiling() {
        assertEquals(Duration.ZERO, backoff.delay(3, 0.0));
        assertEquals(Duration.ofMillis(200), backoff.delay(3, 0.5));
    }

    @Test
    void needsAtLeastOneAttempt() {
        assertThrows(IllegalArgumentException.class, () -> new Backoff(0, Duration.ZERO, Duration.ZERO));
    }
}

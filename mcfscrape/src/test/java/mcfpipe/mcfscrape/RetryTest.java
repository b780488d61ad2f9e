package mcfpipe.mcfscrape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RetryTest {
    @Test
    void backoffDoublesForEachRetry() {
        Duration base = Duration.ofMillis(500);
        assertEquals(Duration.ofMillis(500), Retry.backoffBefore(1, base));
        assertEquals(Duration.ofMillis(1000), Retry.backoffBefore(2, base));
        assertEquals(Duration.ofMillis(2000), Retry.backoffBefore(3, base));
    }

    @Test
    void aLaterAttemptThatWorksIsTheResult() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        List<String> seen = new ArrayList<>();
        String result = new Retry(3, Duration.ofMillis(1)).run(() -> {
            if (calls.incrementAndGet() < 3) throw new PageLoadException("flaky " + calls.get());
            return "page";
        }, e -> seen.add(e.getMessage()));
        assertEquals("page", result);
        assertEquals(List.of("flaky 1", "flaky 2"), seen);
    }

    @Test
    void whenEveryAttemptFailsTheLastReasonIsReported() {
        AtomicInteger calls = new AtomicInteger();
        Retry.FetchFailedException e = assertThrows(Retry.FetchFailedException.class,
                () -> new Retry(2, Duration.ofMillis(1)).run(() -> {
                    throw new PageLoadException("no job cards within 5 ms at http://x/ try " + calls.incrementAndGet()
                            + "\nsecond line of a long driver message");
                }, ignored -> { }));
        assertEquals(3, calls.get());
        assertEquals("PageLoadException: no job cards within 5 ms at http://x/ try 3 (after 3 attempts)", e.getMessage());
    }
}

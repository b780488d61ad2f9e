package mcfpipe.jobpipe.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScaleTest {
    @Test
    void axisEndsAreRoundAndJustAboveTheLargestValue() {
        assertEquals(1, Scale.niceMax(0));
        assertEquals(1, Scale.niceMax(1));
        assertEquals(2, Scale.niceMax(2));
        assertEquals(6, Scale.niceMax(5), "odd small maxima round up to an even number, so the middle line is whole");
        assertEquals(10, Scale.niceMax(10));
        assertEquals(12, Scale.niceMax(12));
        assertEquals(15, Scale.niceMax(13));
        assertEquals(25, Scale.niceMax(22));
        assertEquals(100, Scale.niceMax(81));
        assertEquals(1200, Scale.niceMax(1100));
        assertEquals(5000, Scale.niceMax(4001));
    }

    @Test
    void ticksAreZeroTheMiddleAndTheTop() {
        assertEquals(List.of(0L, 6L, 12L), Scale.ticks(12));
        assertEquals(List.of(0L, 1L), Scale.ticks(1));
        assertEquals(List.of(0L, 15L), Scale.ticks(15));
    }
}

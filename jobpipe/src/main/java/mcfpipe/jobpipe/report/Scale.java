package mcfpipe.jobpipe.report;

import java.util.List;

/** Round axis ends and grid values, so charts read at a glance and the tallest bar fills most of the height. */
final class Scale {
    private Scale() {}

    /** Steps in tenths of a power of ten: 12, 15, 20, 25, ... */
    private static final int[] TENTHS = {10, 12, 15, 20, 25, 30, 40, 50, 60, 80, 100};

    /** The smallest round number at or above {@code max}; at least 1 so an empty chart still has an axis. */
    static long niceMax(long max) {
        if (max <= 10) return Math.max(1, max + (max > 2 && max % 2 == 1 ? 1 : 0));
        long power = 1;
        while (power * 10 <= max) power *= 10;
        for (int tenths : TENTHS) {
            long candidate = tenths * power / 10;
            if (candidate >= max) return candidate;
        }
        return 10 * power;
    }

    /** Zero, the middle (when whole) and the top. */
    static List<Long> ticks(long niceMax) {
        return niceMax % 2 == 0 ? List.of(0L, niceMax / 2, niceMax) : List.of(0L, niceMax);
    }
}

package mcfpipe.storage.store;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import mcfpipe.storage.schema.DateFormat;

/** Server-set timestamps: the clock's instant in UTC, in the canonical ISO_TIMESTAMP form. */
final class Timestamps {
    private Timestamps() {}

    static String now(Clock clock) {
        return DateFormat.ISO_TIMESTAMP.format(LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
    }
}

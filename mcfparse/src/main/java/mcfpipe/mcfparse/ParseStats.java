package mcfpipe.mcfparse;

import java.util.concurrent.atomic.AtomicInteger;

/** Counts of what the parser handler did, for the launcher's summary line and for logs. */
public final class ParseStats {
    public final AtomicInteger searchPages = new AtomicInteger();
    public final AtomicInteger cards = new AtomicInteger();
    public final AtomicInteger jobPages = new AtomicInteger();
    public final AtomicInteger jobsWritten = new AtomicInteger();
    public final AtomicInteger failedMessages = new AtomicInteger();
}

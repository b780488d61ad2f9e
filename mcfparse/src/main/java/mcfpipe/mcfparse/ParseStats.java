package mcfpipe.mcfparse;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Counts of what the parser handler did, for the launcher's summary line and for logs. */
public final class ParseStats {
    public final AtomicInteger searchPages = new AtomicInteger();
    public final AtomicInteger cards = new AtomicInteger();
    public final AtomicInteger jobPages = new AtomicInteger();
    public final AtomicInteger jobsWritten = new AtomicInteger();
    public final AtomicInteger failedMessages = new AtomicInteger();
    /** The last error of each failed message, by its body: what a dead letter is saved with. */
    public final Map<String, String> lastErrorByBody = new ConcurrentHashMap<>();
}

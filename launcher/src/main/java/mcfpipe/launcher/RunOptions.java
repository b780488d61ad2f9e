package mcfpipe.launcher;

import java.nio.file.Path;
import java.time.Instant;

/**
 * What a local run does: which source (the live site, or recorded pages replayed from a folder), which search,
 * how many result pages, for which user, and where the stand-ins keep their data (null: in memory).
 */
record RunOptions(Path replayDir, Instant capturedAt, String liveBaseUrl, String search, int pages, String userId,
                  Path dataDir, long delayMillis) {
}

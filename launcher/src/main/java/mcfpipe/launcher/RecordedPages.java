package mcfpipe.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.Stream;

/** Facts about a folder of recorded pages that a replay needs. */
final class RecordedPages {
    private RecordedPages() {}

    /**
     * When the pages were captured, for resolving "Posted 3 days ago": without --captured-at, the newest
     * modification time of the folder's HTML files (when they were saved).
     */
    static Instant capturedAt(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".html"))
                    .map(p -> {
                        try {
                            return Files.getLastModifiedTime(p).toInstant();
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    })
                    .max(Instant::compareTo)
                    .orElseThrow(() -> new IllegalArgumentException("no recorded .html pages in " + dir));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read recorded pages in " + dir, e);
        }
    }
}

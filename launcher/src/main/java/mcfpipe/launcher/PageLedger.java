package mcfpipe.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import mcfpipe.storage.raw.PageMessage;
import mcfpipe.storage.raw.RawPage;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * Which raw pages in the local bucket are done with: parsed, or moved to the dead-letter file. The local SQS
 * stand-in keeps its queue in memory, so a run that dies after storing pages (or while parsing them) takes their
 * messages with it; the next run asks this ledger which stored pages were never finished and queues them again.
 * Parsing is idempotent, so a page finished just before a crash and parsed once more does no harm.
 */
final class PageLedger {
    private final Path file;
    private final Set<String> done = new HashSet<>();

    private PageLedger(Path file) {
        this.file = file;
    }

    /** The ledger kept in {@code file} (one S3 key per line); a missing file is an empty ledger. */
    static PageLedger open(Path file) {
        PageLedger ledger = new PageLedger(file);
        if (Files.exists(file)) {
            try {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    if (!line.isBlank()) ledger.done.add(line.strip());
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the page ledger " + file, e);
            }
        }
        return ledger;
    }

    /** The raw pages of the bucket that no run finished: search pages first, as a scrape queues them. */
    List<String> unfinished(S3Client s3, String bucket) {
        List<String> keys = new ArrayList<>();
        for (S3Object o : s3.listObjectsV2Paginator(b -> b.bucket(bucket).prefix(RawPage.PREFIX)).contents()) {
            if (!done.contains(o.key())) keys.add(o.key());
        }
        keys.sort(java.util.Comparator.comparing((String k) -> !k.startsWith(RawPage.PREFIX + "search/")).thenComparing(k -> k));
        return keys;
    }

    /** Records the pages these page messages name as done; a message that names no page is skipped. */
    synchronized void finished(Collection<Message> messages) {
        StringBuilder lines = new StringBuilder();
        for (Message m : messages) {
            String key;
            try {
                key = PageMessage.fromJson(m.body()).key();
            } catch (IllegalArgumentException notAPageMessage) {
                continue;
            }
            if (done.add(key)) lines.append(key).append('\n');
        }
        if (lines.isEmpty()) return;
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, lines, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                    StandardOpenOption.SYNC);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the page ledger " + file, e);
        }
    }
}

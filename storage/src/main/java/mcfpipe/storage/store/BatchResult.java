package mcfpipe.storage.store;

import java.util.List;
import mcfpipe.storage.validate.StorageException;

/** The outcome of a batch, one entry per input in input order. */
public record BatchResult(List<Entry> entries) {
    /**
     * One input: its position, its key (null when the input had no usable key) and the problem that
     * stopped it, or null when it was written.
     */
    public record Entry(int index, ItemKey key, StorageException error) {
        public boolean ok() {
            return error == null;
        }
    }

    public BatchResult {
        entries = List.copyOf(entries);
    }

    public boolean allOk() {
        return entries.stream().allMatch(Entry::ok);
    }

    public List<Entry> failures() {
        return entries.stream().filter(e -> !e.ok()).toList();
    }

    public int okCount() {
        return (int) entries.stream().filter(Entry::ok).count();
    }
}

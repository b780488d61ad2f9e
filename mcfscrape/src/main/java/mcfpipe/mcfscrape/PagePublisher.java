package mcfpipe.mcfscrape;

import java.util.Map;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * Stores a page in S3, then announces it on SQS. The object is written first so a message never names a
 * missing object; if the message cannot be sent the object is removed again, so the next run (which skips
 * stored keys) stores and announces it instead of silently never parsing it.
 */
final class PagePublisher {
    private final RawPageStore store;
    private final PageQueue queue;

    PagePublisher(RawPageStore store, PageQueue queue) {
        this.store = store;
        this.queue = queue;
    }

    boolean isStored(String key) {
        return store.exists(key);
    }

    void publish(String key, byte[] html, Map<String, String> metadata) {
        store.put(key, html, metadata);
        try {
            queue.announce(store.bucket(), key);
        } catch (SdkException e) {
            try {
                store.delete(key);
            } catch (SdkException again) {
                e.addSuppressed(again);
            }
            throw e;
        }
    }
}

package mcfpipe.mcfscrape;

import java.util.Map;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * Stores a page in S3, announces it on SQS, then tags the object as queued. The object is written first so a
 * message never names a missing object; if the message cannot be sent the object is removed again. A process that
 * dies after the put and before the tag leaves a stored page without the tag: the next run sees that and announces
 * it again (parsing is idempotent, so a page announced twice does no harm), so no stored page is left unparsed.
 */
final class PagePublisher {
    private static final System.Logger LOG = System.getLogger(PagePublisher.class.getName());

    private final RawPageStore store;
    private final PageQueue queue;

    PagePublisher(RawPageStore store, PageQueue queue) {
        this.store = store;
        this.queue = queue;
    }

    RawPageStore.State state(String key) {
        return store.state(key);
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
        markQueued(key);
    }

    /** Announces a page that is stored but was never tagged as queued (its run died in between). */
    void announceAgain(String key) {
        queue.announce(store.bucket(), key);
        markQueued(key);
    }

    /** The message is out; a tag that cannot be written only means the next run announces the page once more. */
    private void markQueued(String key) {
        try {
            store.markQueued(key);
        } catch (SdkException e) {
            LOG.log(System.Logger.Level.WARNING, "page {0} was queued but could not be tagged so: {1}", key, e.getMessage());
        }
    }
}

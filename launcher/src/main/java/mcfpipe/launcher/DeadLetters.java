package mcfpipe.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import mcfpipe.storage.Json;
import mcfpipe.storage.raw.PageMessage;
import mcfpipe.storage.raw.RawPage;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * The local SQS stand-in keeps queues in memory, so dead letters are moved to a file under the data folder
 * before the run ends (one JSON line each): they survive, and can be looked at or re-sent.
 */
final class DeadLetters {
    private DeadLetters() {}

    /** Where a dead page's object goes in the local bucket: {@code dead/raw/...}. */
    static final String SET_ASIDE_PREFIX = "dead/";

    /**
     * Moves the pages these dead letters name from raw/ to dead/raw/ of their bucket: kept for a look, and no longer
     * "stored", so the next scrape fetches them again (a page that was broken when fetched gets another chance).
     */
    static void setAside(S3Client s3, List<Message> dead) {
        for (Message m : dead) {
            PageMessage page;
            try {
                page = PageMessage.fromJson(m.body());
            } catch (IllegalArgumentException notAPageMessage) {
                continue;
            }
            if (!page.key().startsWith(RawPage.PREFIX)) continue;
            try {
                s3.copyObject(b -> b.sourceBucket(page.bucket()).sourceKey(page.key())
                        .destinationBucket(page.bucket()).destinationKey(SET_ASIDE_PREFIX + page.key()));
                s3.deleteObject(b -> b.bucket(page.bucket()).key(page.key()));
            } catch (NoSuchKeyException | NoSuchBucketException missing) {
                // the message named a page that is not there: nothing to set aside
            }
        }
    }

    /** How many messages a (deployed) dead-letter queue holds, visible or not; they are left where they are. */
    static int count(SqsClient sqs, String dlqUrl) {
        var a = sqs.getQueueAttributes(b -> b.queueUrl(dlqUrl).attributeNames(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
                QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE)).attributes();
        return Integer.parseInt(a.getOrDefault(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES, "0"))
                + Integer.parseInt(a.getOrDefault(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE, "0"));
    }

    /** Moves every message of the dead-letter queue into {@code file}; returns how many. */
    static int moveToFile(SqsClient sqs, String dlqUrl, Path file) {
        return moveToFile(sqs, dlqUrl, file, body -> null, moved -> { });
    }

    /**
     * As {@link #moveToFile(SqsClient, String, Path)}: each line also holds the message's last error
     * ({@code errorOf} its body, when known), and {@code onMoved} hears of each batch once it is in the file.
     */
    static int moveToFile(SqsClient sqs, String dlqUrl, Path file, Function<String, String> errorOf, Consumer<List<Message>> onMoved) {
        int moved = 0;
        while (true) {
            List<Message> batch = sqs.receiveMessage(b -> b.queueUrl(dlqUrl).maxNumberOfMessages(10).waitTimeSeconds(0)).messages();
            if (batch.isEmpty()) return moved;
            StringBuilder lines = new StringBuilder();
            for (Message m : batch) {
                var line = Json.mapper().createObjectNode();
                line.put("moved_at", Instant.now().toString());
                line.put("message_id", m.messageId());
                line.put("body", m.body());
                String error = errorOf.apply(m.body());
                if (error != null) line.put("error", error);
                lines.append(line).append('\n');
            }
            try {
                Files.createDirectories(file.getParent());
                Files.writeString(file, lines, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write dead letters to " + file, e);
            }
            for (Message m : batch) sqs.deleteMessage(b -> b.queueUrl(dlqUrl).receiptHandle(m.receiptHandle()));
            onMoved.accept(batch);
            moved += batch.size();
        }
    }
}

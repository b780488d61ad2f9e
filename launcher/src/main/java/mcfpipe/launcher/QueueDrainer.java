package mcfpipe.launcher;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.DeleteMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * Plays Lambda's SQS event source locally: receives batches of up to 10 messages, hands them to the handler
 * as an {@link SQSEvent}, deletes the ones the handler did not report as failed, and lets the failed ones
 * come back after the visibility timeout until the queue's redrive policy moves them to the dead-letter queue.
 */
final class QueueDrainer {
    private final SqsClient sqs;
    private final String queueUrl;
    private final String queueArn;

    QueueDrainer(SqsClient sqs, String queueUrl) {
        this.sqs = sqs;
        this.queueUrl = queueUrl;
        this.queueArn = sqs.getQueueAttributes(b -> b.queueUrl(queueUrl).attributeNames(QueueAttributeName.QUEUE_ARN))
                .attributes().get(QueueAttributeName.QUEUE_ARN);
    }

    /** Runs until the queue holds no message, visible or in flight; returns the number of batches handled. */
    int drain(RequestHandler<SQSEvent, SQSBatchResponse> handler, Context context, Duration maxTime) {
        return drain(handler, context, maxTime, handled -> { });
    }

    /** As {@link #drain(RequestHandler, Context, Duration)}, telling {@code onHandled} of each batch's handled messages once deleted. */
    int drain(RequestHandler<SQSEvent, SQSBatchResponse> handler, Context context, Duration maxTime,
              Consumer<List<Message>> onHandled) {
        long deadline = System.nanoTime() + maxTime.toNanos();
        int batches = 0;
        while (System.nanoTime() < deadline) {
            List<Message> messages = sqs.receiveMessage(b -> b.queueUrl(queueUrl).maxNumberOfMessages(10).waitTimeSeconds(1)
                    .messageSystemAttributeNames(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT)).messages();
            if (messages.isEmpty()) {
                if (isEmpty()) return batches;
                continue;
            }
            SQSBatchResponse response = handler.handleRequest(event(messages), context);
            Set<String> failed = new HashSet<>();
            if (response != null && response.getBatchItemFailures() != null) {
                response.getBatchItemFailures().forEach(f -> failed.add(f.getItemIdentifier()));
            }
            List<DeleteMessageBatchRequestEntry> done = new ArrayList<>();
            List<Message> handled = new ArrayList<>();
            for (Message m : messages) {
                if (!failed.contains(m.messageId())) {
                    done.add(DeleteMessageBatchRequestEntry.builder().id(m.messageId()).receiptHandle(m.receiptHandle()).build());
                    handled.add(m);
                }
            }
            if (!done.isEmpty()) {
                sqs.deleteMessageBatch(b -> b.queueUrl(queueUrl).entries(done));
                onHandled.accept(handled);
            }
            batches++;
        }
        throw new IllegalStateException("queue " + queueUrl + " was not drained within " + maxTime.toSeconds() + " s");
    }

    private boolean isEmpty() {
        Map<QueueAttributeName, String> a = sqs.getQueueAttributes(b -> b.queueUrl(queueUrl).attributeNames(
                QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES, QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE))
                .attributes();
        return Integer.parseInt(a.getOrDefault(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES, "0")) == 0
                && Integer.parseInt(a.getOrDefault(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE, "0")) == 0;
    }

    private SQSEvent event(List<Message> messages) {
        List<SQSEvent.SQSMessage> records = new ArrayList<>();
        for (Message m : messages) {
            SQSEvent.SQSMessage r = new SQSEvent.SQSMessage();
            r.setMessageId(m.messageId());
            r.setReceiptHandle(m.receiptHandle());
            r.setBody(m.body());
            r.setEventSource("aws:sqs");
            r.setEventSourceArn(queueArn);
            r.setAttributes(Map.of("ApproximateReceiveCount",
                    m.attributes().getOrDefault(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT, "1")));
            records.add(r);
        }
        SQSEvent e = new SQSEvent();
        e.setRecords(records);
        return e;
    }
}

package mcfpipe.standins;

import org.elasticmq.rest.sqs.SQSRestServer;
import org.elasticmq.rest.sqs.SQSRestServerBuilder;

/** ElasticMQ, the SQS stand-in, in this JVM. Queues live in memory. */
public final class ElasticMq implements AutoCloseable {
    private final SQSRestServer server;
    private final int port;

    private ElasticMq(SQSRestServer server, int port) {
        this.server = server;
        this.port = port;
    }

    public static ElasticMq start() {
        return start(Ports.free());
    }

    public static ElasticMq start(int port) {
        SQSRestServer server = SQSRestServerBuilder.withInterface("127.0.0.1").withPort(port)
                .withServerAddress(new org.elasticmq.NodeAddress("http", "127.0.0.1", port, ""))
                .start();
        server.waitUntilStarted();
        return new ElasticMq(server, port);
    }

    public String endpoint() {
        return "http://127.0.0.1:" + port;
    }

    @Override
    public void close() {
        server.stopAndWait();
    }
}

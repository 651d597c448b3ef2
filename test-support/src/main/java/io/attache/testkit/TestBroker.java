package io.attache.testkit;

/** A running Kafka broker that tests can connect to. */
public interface TestBroker extends AutoCloseable {
    /** The bootstrap address for clients. */
    String bootstrapServers();

    /** What kind of broker this is, for logs and test reports: {@code embedded} or {@code testcontainers}. */
    String kind();

    @Override
    void close();
}

package io.attache.testkit;

/** A running Kafka broker that tests can connect to. */
public interface TestBroker extends AutoCloseable {
    /** The bootstrap address for clients. */
    String bootstrapServers();

    /** What kind of broker this is, for logs and test reports: {@code embedded} or {@code testcontainers}. */
    String kind();

    /** What runs where, for the build's output: the kind, the image of a container, the address. */
    default String description() {
        return kind() + " at " + bootstrapServers();
    }

    @Override
    void close();
}

package io.attache.testkit;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * A Kafka broker in a container, through Testcontainers' Kafka module. The image defaults to
 * {@code apache/kafka:4.1.0}; {@code -Dattache.test.kafka.image=NAME} names a local substitute (see
 * docs/testing.md for building one without a registry).
 */
final class ContainerTestBroker implements TestBroker {
    static final String IMAGE_PROPERTY = "attache.test.kafka.image";
    private static final String DEFAULT_IMAGE = "apache/kafka:4.1.0";

    private final KafkaContainer container;

    private ContainerTestBroker(KafkaContainer container) {
        this.container = container;
    }

    /** True when a Docker engine answers; the Docker client alone is not enough. */
    static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    static ContainerTestBroker start() {
        DockerImageName image = DockerImageName.parse(System.getProperty(IMAGE_PROPERTY, DEFAULT_IMAGE))
                .asCompatibleSubstituteFor("apache/kafka");
        KafkaContainer container = new KafkaContainer(image)
                .withEnv("KAFKA_TRANSACTION_STATE_LOG_MIN_ISR", "1")
                .withEnv("KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS", "0")
                .withEnv("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "false");
        container.start();
        return new ContainerTestBroker(container);
    }

    @Override
    public String bootstrapServers() {
        return container.getBootstrapServers();
    }

    @Override
    public String kind() {
        return "testcontainers";
    }

    @Override
    public void close() {
        container.stop();
    }
}

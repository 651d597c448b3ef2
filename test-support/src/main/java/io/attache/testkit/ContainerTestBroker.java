package io.attache.testkit;

import org.apache.kafka.common.utils.AppInfoParser;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * A Kafka broker in a container, through Testcontainers' Kafka module. The image defaults to
 * {@code apache/kafka} at the version of the Kafka clients the build uses; {@code -Dattache.test.kafka.image=NAME}
 * names a local substitute (containers/setup-offline builds one where no registry answers).
 */
final class ContainerTestBroker implements TestBroker {
    static final String IMAGE_PROPERTY = "attache.test.kafka.image";

    private final KafkaContainer container;
    private final String image;

    private ContainerTestBroker(KafkaContainer container, String image) {
        this.container = container;
        this.image = image;
    }

    /** The image named by {@code -Dattache.test.kafka.image}, else the official one of the build's Kafka version. */
    static String configuredImage() {
        String configured = System.getProperty(IMAGE_PROPERTY, "");
        return configured.isBlank() ? "apache/kafka:" + AppInfoParser.getVersion() : configured;
    }

    /** True when a Docker engine answers; the Docker client alone is not enough. */
    static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    /** Starts a container of {@code image}, with the same single-node settings as the in-JVM broker. */
    static ContainerTestBroker start(String image) {
        KafkaContainer container = new KafkaContainer(
                        DockerImageName.parse(image).asCompatibleSubstituteFor("apache/kafka"))
                .withEnv("KAFKA_TRANSACTION_STATE_LOG_MIN_ISR", "1")
                .withEnv("KAFKA_TRANSACTION_STATE_LOG_NUM_PARTITIONS", "5")
                .withEnv("KAFKA_OFFSETS_TOPIC_NUM_PARTITIONS", "5")
                .withEnv("KAFKA_SHARE_COORDINATOR_STATE_TOPIC_REPLICATION_FACTOR", "1")
                .withEnv("KAFKA_SHARE_COORDINATOR_STATE_TOPIC_MIN_ISR", "1")
                .withEnv("KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS", "0")
                .withEnv("KAFKA_LOG_CLEANER_DEDUPE_BUFFER_SIZE", String.valueOf(2 * 1024 * 1024))
                .withEnv("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "false");
        try {
            container.start();
        } catch (RuntimeException e) {
            container.stop();
            throw e;
        }
        return new ContainerTestBroker(container, image);
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
    public String description() {
        return "testcontainers (image " + image + ") at " + bootstrapServers();
    }

    @Override
    public void close() {
        container.stop();
    }
}

package io.attache.testkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Gives a test class a real Kafka broker. The broker is started once per test JVM and shared by every
 * class that registers this extension; each test isolates itself with {@link #uniqueName(String)}.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final KafkaBrokerExtension KAFKA = new KafkaBrokerExtension();
 * }</pre>
 */
public final class KafkaBrokerExtension implements BeforeAllCallback {
    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(KafkaBrokerExtension.class);

    private TestBroker broker;

    @Override
    public void beforeAll(ExtensionContext context) {
        broker = context.getRoot()
                .getStore(NAMESPACE)
                .getOrComputeIfAbsent("broker", key -> SharedBroker.start(), SharedBroker.class)
                .started();
    }

    /** The broker's bootstrap address. */
    public String bootstrapServers() {
        if (broker == null) {
            throw new IllegalStateException(
                    "KafkaBrokerExtension must be registered as a static @RegisterExtension field");
        }
        return broker.bootstrapServers();
    }

    /** What kind of broker runs: {@code embedded} or {@code testcontainers}. */
    public String kind() {
        return broker.kind();
    }

    /** A name no other test uses, for topics, groups and application ids. */
    public String uniqueName(String base) {
        return base + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Creates topics with the given partition count, replication factor 1, and waits until they exist. */
    public void createTopics(int partitions, String... topics) {
        try (Admin admin = admin()) {
            List<NewTopic> newTopics = new ArrayList<>();
            for (String topic : topics) {
                newTopics.add(new NewTopic(topic, partitions, (short) 1));
            }
            admin.createTopics(newTopics).all().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot create topics " + List.of(topics), e.getCause());
        }
    }

    /** An admin client; close it. */
    public Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()));
    }

    /** Sends raw records and waits for every acknowledgement. */
    public void produce(String topic, Map<byte[], byte[]> records) {
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(
                Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrapServers(),
                        ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                        true,
                        ProducerConfig.ACKS_CONFIG,
                        "all"),
                new ByteArraySerializer(),
                new ByteArraySerializer())) {
            records.forEach((key, value) -> producer.send(new ProducerRecord<>(topic, key, value)));
            producer.flush();
        }
    }

    /**
     * Reads every committed record of the topics, from the beginning to the end offsets as they stand
     * when called, and returns them in partition order. Uses no consumer group.
     */
    public List<ConsumerRecord<byte[], byte[]>> readAll(Collection<String> topics, Duration timeout) {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrapServers(),
                        ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                        "read_committed",
                        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                        false),
                new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : topics) {
                consumer.partitionsFor(topic, timeout)
                        .forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, timeout);
            List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!reachedEnd(consumer, end, Set.copyOf(partitions))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("timed out reading " + topics + " up to " + end);
                }
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            return records;
        }
    }

    private static boolean reachedEnd(
            KafkaConsumer<?, ?> consumer, Map<TopicPartition, Long> end, Set<TopicPartition> partitions) {
        for (TopicPartition partition : partitions) {
            if (consumer.position(partition) < end.get(partition)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Keeps the broker in the root store, which closes what it holds (AutoCloseable) once, after the last test
     * class; or keeps why it could not start, so that every later class fails at once with that reason instead of trying again
     * (a container image that cannot be pulled takes minutes to fail).
     */
    private record SharedBroker(TestBroker broker, RuntimeException failure) implements AutoCloseable {
        static SharedBroker start() {
            try {
                return new SharedBroker(TestBrokers.start(), null);
            } catch (RuntimeException e) {
                return new SharedBroker(null, e);
            }
        }

        TestBroker started() {
            if (failure != null) {
                throw failure;
            }
            return broker;
        }

        @Override
        public void close() {
            if (broker != null) {
                broker.close();
            }
        }
    }
}

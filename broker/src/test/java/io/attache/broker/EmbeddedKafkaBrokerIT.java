package io.attache.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedKafkaBrokerIT {
    @TempDir
    Path dataDir;

    @Test
    void ordinaryClientsProduceAndConsume() throws Exception {
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.at(dataDir, 0).start()) {
            createTopic(broker, "greetings");
            produce(broker, "greetings", List.of("hello", "world"));

            assertThat(consume(broker, "greetings")).containsExactly("hello", "world");
        }
    }

    @Test
    void restartKeepsTopicsAndRecords() throws Exception {
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.at(dataDir, 0).start()) {
            createTopic(broker, "kept");
            produce(broker, "kept", List.of("before restart"));
        }
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.at(dataDir, 0).start()) {
            produce(broker, "kept", List.of("after restart"));

            assertThat(consume(broker, "kept")).containsExactly("before restart", "after restart");
        }
    }

    @Test
    void transactionalProducerCommitsOnASingleNode() throws Exception {
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.at(dataDir, 0).start()) {
            createTopic(broker, "tx");
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                    Map.of(
                            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                            broker.bootstrapServers(),
                            ProducerConfig.TRANSACTIONAL_ID_CONFIG,
                            "tx-test"),
                    new StringSerializer(),
                    new StringSerializer())) {
                producer.initTransactions();
                producer.beginTransaction();
                producer.send(new ProducerRecord<>("tx", "committed"));
                producer.commitTransaction();
            }

            // commitTransaction returns once the coordinator has logged the commit; the marker that makes
            // the record readable under read_committed reaches the partition just after.
            await().atMost(Duration.ofSeconds(30))
                    .untilAsserted(() -> assertThat(consume(broker, "tx")).containsExactly("committed"));
        }
    }

    @Test
    void recordsOlderThanTheRetentionAreDeleted() throws Exception {
        EmbeddedKafkaBroker configured = EmbeddedKafkaBroker.at(dataDir, 0)
                .withRetention(Duration.ofSeconds(1))
                // Kafka first checks retention 30 s after start; a user's broker runs for longer than that.
                .withProperties(Map.of("log.initial.task.delay.ms", "0"));
        try (EmbeddedKafkaBroker broker = configured.start()) {
            createTopic(broker, "short-lived");
            produce(broker, "short-lived", List.of("old"));

            // A segment rolls when a record arrives after it has been open for the retention: keep writing.
            await().atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(500))
                    .untilAsserted(() -> {
                        produce(broker, "short-lived", List.of("new"));
                        assertThat(consume(broker, "short-lived")).doesNotContain("old");
                    });
        }
    }

    private static void createTopic(EmbeddedKafkaBroker broker, String topic) throws Exception {
        try (Admin admin =
                Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
            admin.createTopics(Set.of(new NewTopic(topic, 1, (short) 1))).all().get();
        }
    }

    private static void produce(EmbeddedKafkaBroker broker, String topic, List<String> values) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()),
                new StringSerializer(),
                new StringSerializer())) {
            values.forEach(v -> producer.send(new ProducerRecord<>(topic, v)));
            producer.flush();
        }
    }

    private static List<String> consume(EmbeddedKafkaBroker broker, String topic) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        broker.bootstrapServers(),
                        ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                        "read_committed"),
                new StringDeserializer(),
                new StringDeserializer())) {
            TopicPartition partition = new TopicPartition(topic, 0);
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            long end = consumer.endOffsets(List.of(partition)).get(partition);
            List<String> values = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (consumer.position(partition) < end && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> values.add(r.value()));
            }
            return values;
        }
    }
}

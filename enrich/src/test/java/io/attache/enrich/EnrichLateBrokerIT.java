package io.attache.enrich;

import static io.attache.enrich.TestArticles.RELEASE_TEXT;
import static io.attache.enrich.TestArticles.RELEASE_TITLE;
import static io.attache.enrich.TestArticles.article;
import static org.awaitility.Awaitility.await;

import io.attache.broker.EmbeddedKafkaBroker;
import io.attache.model.Article;
import io.attache.model.RecordSerdes;
import io.attache.model.Topics;
import io.attache.testkit.FreePorts;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Enrichment started before its broker: it waits for Kafka instead of exiting, then enriches as usual. */
class EnrichLateBrokerIT {
    @TempDir
    Path dataDir;

    @TempDir
    Path stateDir;

    @Test
    void startedWhileKafkaIsDownItWaitsAndEnrichesOnceKafkaAnswers() throws Exception {
        int port = FreePorts.onLoopback();
        Topics topics = new Topics("late");
        EnrichSettings settings = EnrichSettings.defaults("127.0.0.1:" + port)
                .withTopics(topics)
                .withApplicationId("attache-enrich-late", stateDir);
        try (EnrichService enrich = EnrichService.create(settings, Clock.systemUTC(), new SimpleMeterRegistry())) {
            CompletableFuture<Void> start = CompletableFuture.runAsync(enrich::start);
            // Longer than one attempt to create the topics (15 s): the broker comes up only after a retry.
            await().during(Duration.ofSeconds(20))
                    .atMost(Duration.ofSeconds(30))
                    .until(() -> !start.isDone());

            try (EmbeddedKafkaBroker broker =
                    EmbeddedKafkaBroker.at(dataDir, port).start()) {
                start.get(3, TimeUnit.MINUTES);
                Article article = article("late-1", RELEASE_TITLE, RELEASE_TEXT);
                try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                        Map.of("bootstrap.servers", broker.bootstrapServers()),
                        new StringSerializer(),
                        new ByteArraySerializer())) {
                    producer.send(new ProducerRecord<>(
                                    topics.articles(),
                                    article.id(),
                                    RecordSerdes.article().toBytes(topics.articles(), article)))
                            .get(30, TimeUnit.SECONDS);
                }

                await().atMost(Duration.ofSeconds(60))
                        .until(
                                () -> enrichedIds(broker.bootstrapServers(), topics.enriched()),
                                ids -> ids.equals(List.of("late-1")));
            }
        }
    }

    private static List<String> enrichedIds(String bootstrap, String topic) {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrap,
                        ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                        "read_committed",
                        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                        false),
                new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<String> ids = new ArrayList<>();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                consumer.poll(Duration.ofMillis(200))
                        .forEach(record -> ids.add(RecordSerdes.enriched()
                                .fromBytes(topic, record.value())
                                .article()
                                .id()));
            }
            return ids;
        }
    }
}

package io.attache.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.attache.broker.EmbeddedKafkaBroker;
import io.attache.model.TopicProvisioner;
import io.attache.model.Topics;
import io.attache.testkit.FreePorts;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sink started before its broker: it keeps running, waiting for Kafka, then writes what arrives. */
class SinkLateBrokerIT {
    private static final String TOPIC = "late.enriched";

    @TempDir
    Path dataDir;

    @TempDir
    Path out;

    @Test
    void startedWhileKafkaIsDownItWaitsAndWritesOnceKafkaAnswers() throws Exception {
        int port = FreePorts.onLoopback();
        SinkSettings settings = SinkSettings.defaults("127.0.0.1:" + port, Topics.defaults())
                .withTopics(TopicSelection.of(TOPIC))
                .withOutDir(out)
                .withGroupId("attache-sink-late")
                .withKafkaMetadata(true)
                .withRotation(new Rotation(3, Long.MAX_VALUE, Duration.ZERO));
        SinkService sink = SinkService.create(settings, Clock.systemUTC(), new SimpleMeterRegistry());
        sink.start();
        await().during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(10)).until(sink::isRunning);

        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.at(dataDir, port).start();
                KafkaProducer<String, String> producer = new KafkaProducer<>(
                        Map.of("bootstrap.servers", broker.bootstrapServers()),
                        new StringSerializer(),
                        new StringSerializer())) {
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
                new TopicProvisioner(admin).ensure(List.of(TopicProvisioner.topic(TOPIC, 1, (short) 1, Map.of())));
            }
            for (String id : new String[] {"a1", "a2", "a3"}) {
                producer.send(new ProducerRecord<>(TOPIC, id, TestRecords.article(id, "2024-03-01T12:00:00Z", "trade")))
                        .get(30, TimeUnit.SECONDS);
            }
            await().atMost(Duration.ofSeconds(90))
                    .until(() -> sink.hasConsumed(Map.of(new TopicPartition(TOPIC, 0), 3L)));
            // Closed while the broker is up: closing commits the open file and its offsets.
            sink.close();
        }

        assertThat(SinkOutput.read(out)).hasSize(3);
        assertThat(sink.failure()).isEmpty();
    }
}

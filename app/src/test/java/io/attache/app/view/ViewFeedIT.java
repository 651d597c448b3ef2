package io.attache.app.view;

import static io.attache.app.view.ViewRecords.article;
import static io.attache.app.view.ViewRecords.feedState;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.attache.model.Json;
import io.attache.model.Topics;
import io.attache.testkit.KafkaBrokerExtension;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The view reads the topics as they are on a real broker, whoever wrote them and whenever they appeared. */
class ViewFeedIT {
    @RegisterExtension
    static final KafkaBrokerExtension KAFKA = new KafkaBrokerExtension();

    private static final Instant NOW = Instant.now();

    private final Topics topics = new Topics(KAFKA.uniqueName("viewfeed"));
    private final LiveView view = new LiveView(new ViewSettings(100, Duration.ofDays(7)), Clock.systemUTC());

    @AfterEach
    void stop() {
        view.stopFollowing();
    }

    /** Writes as one enrich (or ingest) instance would: to one partition, with the given record time. */
    private void write(String topic, int partition, String key, Object value, Instant at) throws Exception {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA.bootstrapServers()),
                new StringSerializer(),
                new ByteArraySerializer())) {
            byte[] bytes = value == null ? null : Json.mapper().writeValueAsBytes(value);
            producer.send(new ProducerRecord<>(topic, partition, at.toEpochMilli(), key, bytes))
                    .get();
        }
    }

    private void createTopics() {
        KAFKA.createTopics(3, topics.enriched(), topics.feedState(), topics.stories());
    }

    @Test
    void itReadsEveryPartitionWhicheverInstanceWroteIt() throws Exception {
        createTopics();
        write(topics.enriched(), 0, "a", article("a", NOW, List.of("CHN-KHM"), List.of("trade")), NOW);
        write(topics.enriched(), 2, "b", article("b", NOW, List.of("CHN-LAO"), List.of("trade")), NOW);

        view.follow(KAFKA.bootstrapServers(), topics);

        assertThat(view.awaitCaughtUp(Duration.ofSeconds(30))).isTrue();
        assertThat(view.model().summary().pairs()).containsExactly("CHN-KHM", "CHN-LAO");
    }

    @Test
    void recordsWrittenBeforeTheLookBackAreNotRead() throws Exception {
        createTopics();
        Instant longAgo = NOW.minus(Duration.ofDays(30));
        write(topics.enriched(), 0, "old", article("old", longAgo, List.of(), List.of()), longAgo);
        write(topics.enriched(), 0, "new", article("new", NOW, List.of(), List.of()), NOW);

        view.follow(KAFKA.bootstrapServers(), topics);

        assertThat(view.awaitCaughtUp(Duration.ofSeconds(30))).isTrue();
        assertThat(view.model().article("old")).isEmpty();
        assertThat(view.model().article("new")).isPresent();
    }

    @Test
    void topicsCreatedAfterTheViewStartedAreRead() throws Exception {
        view.follow(KAFKA.bootstrapServers(), topics);
        createTopics();

        write(topics.enriched(), 1, "late", article("late", NOW, List.of(), List.of()), NOW);

        await().atMost(Duration.ofSeconds(30))
                .until(() -> view.model().article("late").isPresent());
    }

    @Test
    void aFeedsStateIsReplacedByItsLatestAndForgottenByATombstone() throws Exception {
        createTopics();
        write(topics.feedState(), 0, "cn-mfa", feedState("cn-mfa", NOW, 2, "timeout"), NOW);
        write(topics.feedState(), 0, "gone", feedState("gone", NOW, 0, ""), NOW);
        write(topics.feedState(), 0, "cn-mfa", feedState("cn-mfa", NOW, 0, ""), NOW);
        write(topics.feedState(), 0, "gone", null, NOW);

        view.follow(KAFKA.bootstrapServers(), topics);

        assertThat(view.awaitCaughtUp(Duration.ofSeconds(30))).isTrue();
        assertThat(view.model().feedHealth())
                .extracting(FeedHealth::feedId, FeedHealth::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("cn-mfa", "ok"));
    }
}

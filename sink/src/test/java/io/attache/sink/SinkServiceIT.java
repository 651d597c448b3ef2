package io.attache.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.attache.model.Topics;
import io.attache.testkit.KafkaBrokerExtension;
import io.attache.testkit.ManualClock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class SinkServiceIT {
    @RegisterExtension
    static final KafkaBrokerExtension KAFKA = new KafkaBrokerExtension();

    private final SinkFixture fixture = new SinkFixture(KAFKA);

    @TempDir
    Path out;

    @Test
    void writesEveryRecordOnceIntoPartitionFolders() {
        String topic = KAFKA.uniqueName("sink-basic");
        KAFKA.createTopics(2, topic);
        fixture.produceArticles(topic, "a", 30);
        SinkService sink =
                fixture.start(fixture.settings(out, KAFKA.uniqueName("g"), topic), Clock.systemUTC(), CommitHook.NONE);
        Map<TopicPartition, Long> end = fixture.endOffsets(List.of(topic));
        await().atMost(Duration.ofSeconds(60)).until(() -> sink.hasConsumed(end));
        sink.close();

        assertThat(SinkOutput.read(out))
                .containsExactlyInAnyOrderElementsOf(
                        SinkOutput.expected(KAFKA.readAll(List.of(topic), Duration.ofSeconds(30))));
        assertThat(SinkOutput.files(out))
                .allSatisfy(file -> assertThat(out.relativize(file).toString())
                        .matches(topic + "/partition=[01]/" + topic + "\\+[01]\\+\\d{19}\\+\\d{19}\\.jsonl"));
        assertThat(sink.stats().records()).isEqualTo(30);
        assertThat(sink.committedFiles()).hasSize(SinkOutput.files(out).size());
    }

    @Test
    void restartContinuesAfterTheLastFile() {
        String topic = KAFKA.uniqueName("sink-restart");
        KAFKA.createTopics(1, topic);
        String group = KAFKA.uniqueName("g");
        fixture.produceArticles(topic, "a", 10);
        SinkService first = fixture.start(fixture.settings(out, group, topic), Clock.systemUTC(), CommitHook.NONE);
        fixture.awaitConsumedToEnd(List.of(topic), first);
        first.close();
        fixture.produceArticles(topic, "b", 10);
        SinkService second = fixture.start(fixture.settings(out, group, topic), Clock.systemUTC(), CommitHook.NONE);
        fixture.awaitConsumedToEnd(List.of(topic), second);
        second.close();

        assertThat(SinkOutput.read(out))
                .containsExactlyInAnyOrderElementsOf(
                        SinkOutput.expected(KAFKA.readAll(List.of(topic), Duration.ofSeconds(30))));
        assertThat(second.stats().records()).isEqualTo(10);
    }

    @Test
    void groupOffsetsFollowTheFiles() throws Exception {
        String topic = KAFKA.uniqueName("sink-offsets");
        KAFKA.createTopics(1, topic);
        String group = KAFKA.uniqueName("g");
        fixture.produceArticles(topic, "a", 10);
        SinkService sink = fixture.start(fixture.settings(out, group, topic), Clock.systemUTC(), CommitHook.NONE);
        fixture.awaitConsumedToEnd(List.of(topic), sink);
        sink.close();
        try (Admin admin = KAFKA.admin()) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata()
                    .get();
            assertThat(committed.get(new TopicPartition(topic, 0)).offset()).isEqualTo(10);
        }
    }

    @Test
    void defaultTopicsAreTheEnrichedAndPerThemeTopics() {
        Topics topics = new Topics(KAFKA.uniqueName("pfx"));
        KAFKA.createTopics(1, topics.enriched(), topics.theme("trade"), topics.articles());
        fixture.produceArticles(topics.enriched(), "e", 3);
        fixture.produceArticles(topics.theme("trade"), "t", 2);
        fixture.produceArticles(topics.articles(), "x", 4);
        SinkSettings settings = SinkSettings.defaults(KAFKA.bootstrapServers(), topics)
                .withOutDir(out)
                .withGroupId(KAFKA.uniqueName("g"))
                .withKafkaMetadata(true);
        SinkService sink = fixture.start(settings, Clock.systemUTC(), CommitHook.NONE);
        fixture.awaitConsumedToEnd(List.of(topics.enriched(), topics.theme("trade")), sink);
        sink.close();

        assertThat(SinkOutput.read(out))
                .extracting(SinkOutput.Line::topic)
                .containsOnly(topics.enriched(), topics.theme("trade"))
                .hasSize(5);
    }

    @Test
    void idlePartitionsFileIsCommittedByTheWallClock() {
        String topic = KAFKA.uniqueName("sink-idle");
        KAFKA.createTopics(1, topic);
        fixture.produceArticles(topic, "a", 3);
        ManualClock clock = new ManualClock(Instant.parse("2026-01-01T00:00:00Z"));
        SinkSettings settings =
                fixture.settings(out, KAFKA.uniqueName("g"), topic).withIdleClose(Duration.ofMinutes(1));
        SinkService sink = fixture.start(settings, clock, CommitHook.NONE);
        try {
            fixture.awaitConsumedToEnd(List.of(topic), sink);
            assertThat(sink.committedFiles()).isEmpty();
            clock.advance(Duration.ofMinutes(2));
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> sink.committedFiles().size() == 1);
            assertThat(sink.committedFiles().get(0).records()).isEqualTo(3);
        } finally {
            sink.close();
        }
    }

    @Test
    void badRecordsAreRejectedAndTombstonesSkipped() {
        String topic = KAFKA.uniqueName("sink-bad");
        KAFKA.createTopics(1, topic);
        KAFKA.produce(
                topic, Map.of("k1".getBytes(StandardCharsets.UTF_8), "{\"ok\":true}".getBytes(StandardCharsets.UTF_8)));
        KAFKA.produce(
                topic, Map.of("k2".getBytes(StandardCharsets.UTF_8), "not json".getBytes(StandardCharsets.UTF_8)));
        HashMap<byte[], byte[]> tombstone = new HashMap<>();
        tombstone.put("k3".getBytes(StandardCharsets.UTF_8), null);
        KAFKA.produce(topic, tombstone);
        SinkService sink =
                fixture.start(fixture.settings(out, KAFKA.uniqueName("g"), topic), Clock.systemUTC(), CommitHook.NONE);
        fixture.awaitConsumedToEnd(List.of(topic), sink);
        sink.close();

        assertThat(sink.stats()).isEqualTo(new SinkStats(2, sink.stats().bytes(), 1, 1, 1));
        assertThat(sink.committedFiles())
                .filteredOn(CommittedFile::rejected)
                .singleElement()
                .satisfies(file ->
                        assertThat(out.relativize(file.path()).toString()).startsWith(topic + "/_rejected/"));
    }
}

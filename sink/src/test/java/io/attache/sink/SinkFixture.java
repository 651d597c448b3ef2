package io.attache.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.attache.model.Topics;
import io.attache.testkit.KafkaBrokerExtension;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;

/** Helpers the sink's integration tests share: producing test articles and waiting for a sink to catch up. */
final class SinkFixture {
    private final KafkaBrokerExtension kafka;

    SinkFixture(KafkaBrokerExtension kafka) {
        this.kafka = kafka;
    }

    /** Produces {@code count} small articles, keys {@code <prefix>-<i>}, spread over the topic's partitions by key. */
    void produceArticles(String topic, String prefix, int count) {
        Map<byte[], byte[]> records = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            String id = prefix + "-" + i;
            records.put(
                    id.getBytes(StandardCharsets.UTF_8),
                    TestRecords.article(id, "2024-01-10T08:00:00Z", "trade").getBytes(StandardCharsets.UTF_8));
        }
        kafka.produce(topic, records);
    }

    /** Settings for a sink reading {@code topics} into {@code outDir}, with metadata so output can be checked. */
    SinkSettings settings(Path outDir, String group, String... topics) {
        return SinkSettings.defaults(kafka.bootstrapServers(), Topics.defaults())
                .withTopics(TopicSelection.of(topics))
                .withOutDir(outDir)
                .withGroupId(group)
                .withKafkaMetadata(true)
                .withRotation(new Rotation(7, Long.MAX_VALUE, Duration.ZERO))
                .withRetryBackoff(Duration.ofMillis(100));
    }

    /** Asserts that the committed files under {@code out} hold every record of the topic, each exactly once. */
    void assertFilesHoldTheTopicExactly(Path out, String topic) {
        assertThat(SinkOutput.read(out))
                .containsExactlyInAnyOrderElementsOf(
                        SinkOutput.expected(kafka.readAll(List.of(topic), Duration.ofSeconds(30))));
    }

    SinkService start(SinkSettings settings, Clock clock, CommitHook hook) {
        SinkService sink = SinkService.create(settings, clock, new SimpleMeterRegistry(), hook);
        sink.start();
        return sink;
    }

    /** Waits until the sinks together have read every partition of the topics up to its end offset. */
    void awaitConsumedToEnd(List<String> topics, SinkService... sinks) {
        Map<TopicPartition, Long> end = endOffsets(topics);
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            Map<TopicPartition, Long> consumed = new HashMap<>();
            for (SinkService sink : sinks) {
                consumed.putAll(sink.consumedPositions());
            }
            return end.entrySet().stream().allMatch(e -> consumed.getOrDefault(e.getKey(), -1L) >= e.getValue());
        });
    }

    Map<TopicPartition, Long> endOffsets(List<String> topics) {
        try (Admin admin = kafka.admin()) {
            Map<TopicPartition, OffsetSpec> request =
                    admin.describeTopics(topics).allTopicNames().get().values().stream()
                            .flatMap(d -> d.partitions().stream().map(p -> new TopicPartition(d.name(), p.partition())))
                            .collect(Collectors.toMap(tp -> tp, tp -> OffsetSpec.latest()));
            return admin
                    .listOffsets(request, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED))
                    .all()
                    .get()
                    .entrySet()
                    .stream()
                    .collect(Collectors.toMap(
                            Map.Entry::getKey, e -> e.getValue().offset()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }
}
